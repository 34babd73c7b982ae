package org.tori.scorecard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tori.scorecard.entity.Kpi;

/**
 * Counts behind the KPIs, one SQL count per KPI and year over the features' tables. This is a
 * read-only reporting view: it never writes, and it reads only non-personal facts (roles, dates,
 * phases, stages). A year runs from 1 January to 1 January in UTC.
 */
@ApplicationScoped
public class KpiQueries {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    /** The value of a counted KPI for a year; KPIs computed elsewhere (return per euro) answer null here. */
    public BigDecimal count(Kpi kpi, int year) {
        String sql = switch (kpi) {
            case COMPANIES_ENGAGED -> "SELECT COUNT(*) FROM account WHERE role = 'COMPANY' AND created_at >= ?1 AND created_at < ?2";
            case CITIZENS_JOINED -> "SELECT COUNT(*) FROM account WHERE role = 'CITIZEN' AND created_at >= ?1 AND created_at < ?2";
            case COMPANIES_DEVELOPING -> "SELECT COUNT(DISTINCT e.submitter_id) FROM entry e JOIN account a ON a.id = e.submitter_id"
                    + " WHERE a.role = 'COMPANY' AND e.submitted_at >= ?1 AND e.submitted_at < ?2";
            case COMPANIES_OPERATIONAL -> "SELECT COUNT(DISTINCT e.submitter_id) FROM pilot p JOIN entry e ON e.id = p.entry_id"
                    + " JOIN account a ON a.id = e.submitter_id WHERE a.role = 'COMPANY' AND p.stage IN ('RUNNING', 'SCALED_UP')"
                    + " AND COALESCE(p.stage_changed_at, p.created_at) >= ?1 AND COALESCE(p.stage_changed_at, p.created_at) < ?2";
            case PILOTS_DEPLOYED -> "SELECT COUNT(*) FROM pilot WHERE stage = 'SCALED_UP'"
                    + " AND COALESCE(stage_changed_at, created_at) >= ?1 AND COALESCE(stage_changed_at, created_at) < ?2";
            // innovation re-use: a city took up a recommended practice that another city wrote down
            case PRACTICES_ADOPTED -> "SELECT COUNT(*) FROM lesson_adoption a JOIN lesson l ON l.id = a.lesson_id"
                    + " WHERE l.practice = TRUE AND LOWER(TRIM(a.city)) <> LOWER(TRIM(l.city))"
                    + " AND a.created_at >= ?1 AND a.created_at < ?2";
            case EVENTS_HELD -> "SELECT COUNT(*) FROM space WHERE kind = 'HACKATHON' AND phase <> 'DRAFT'"
                    + " AND opens_at >= ?1 AND opens_at < ?2";
            case STAKEHOLDER_ACTIVATIONS -> "SELECT COUNT(DISTINCT p.account_id) FROM space_participant p JOIN space s ON s.id = p.space_id"
                    + " WHERE s.phase <> 'DRAFT' AND s.opens_at >= ?1 AND s.opens_at < ?2";
            case STORIES_PUBLISHED -> "SELECT COUNT(*) FROM story WHERE status IN ('PUBLISHED', 'ARCHIVED')"
                    + " AND published_at >= ?1 AND published_at < ?2";
            case IMPACT_INDICATORS -> "SELECT COUNT(*) FROM story_indicator i JOIN story s ON s.id = i.story_id"
                    + " WHERE s.status IN ('PUBLISHED', 'ARCHIVED') AND s.published_at >= ?1 AND s.published_at < ?2";
            case SPACES_COMPLETED_PERCENT, PROJECTS_COMPLETED_PERCENT, RETURN_PER_EURO -> null;
        };
        if (kpi == Kpi.SPACES_COMPLETED_PERCENT) {
            return completedPercent(year);
        }
        if (kpi == Kpi.PROJECTS_COMPLETED_PERCENT) {
            return projectsCompletedPercent(year);
        }
        return sql == null ? null : BigDecimal.valueOf(number(sql, year));
    }

    /**
     * Roadmap projects (items without parts) planned to end in the year that were completed by their
     * planned end, in per cent of those planned.
     */
    private BigDecimal projectsCompletedPercent(int year) {
        var projects = "FROM roadmap_item r WHERE r.planned_end >= ?1 AND r.planned_end < ?2"
                + " AND NOT EXISTS (SELECT 1 FROM roadmap_item c WHERE c.parent_id = r.id)";
        long planned = number("SELECT COUNT(*) " + projects, year);
        if (planned == 0) {
            return null;
        }
        long completed = number("SELECT COUNT(*) " + projects + " AND r.ended_on IS NOT NULL AND r.ended_on <= r.planned_end"
                + " AND r.status_id IN (SELECT s.id FROM roadmap_status s WHERE s.outcome = 'COMPLETED')", year);
        return BigDecimal.valueOf(completed * 100).divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_UP);
    }

    /** Spaces planned to end (results date) in the year that reached their results or archive, in per cent of those planned. */
    private BigDecimal completedPercent(int year) {
        long planned = number("SELECT COUNT(*) FROM space WHERE phase <> 'DRAFT' AND results_at >= ?1 AND results_at < ?2", year);
        if (planned == 0) {
            return null;
        }
        long completed = number("SELECT COUNT(*) FROM space WHERE phase IN ('RESULTS', 'ARCHIVED')"
                + " AND results_at >= ?1 AND results_at < ?2", year);
        return BigDecimal.valueOf(completed * 100).divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_UP);
    }

    private long number(String sql, int year) {
        var from = org.tori.platform.time.ProgramTime.startOf(java.time.LocalDate.of(year, 1, 1));
        return ((Number) em.createNativeQuery(sql).setParameter(1, from).setParameter(2, from.plusYears(1)).getSingleResult()).longValue();
    }
}
