package org.tori.scorecard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tori.platform.time.ProgramTime;
import org.tori.scorecard.entity.CityKpi;
import org.tori.scorecard.entity.Kpi;

/**
 * Counts behind the KPIs over the features' tables: one SQL query per KPI for a whole run of years
 * (one column per year), so the scorecard page with its trends costs one query per KPI, not one per
 * KPI and year. This is a read-only reporting view: it never writes, and it reads only non-personal
 * facts (roles, dates, phases, stages). A year runs from 1 January to 1 January on the program's clock.
 */
@ApplicationScoped
public class KpiQueries {

    /** What one KPI counts: COUNT(what) over from (with its conditions), dated by when. */
    private record Count(String what, String from, String when) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    /** The values of a counted KPI for each year from first to last; nulls for KPIs computed elsewhere. */
    public List<BigDecimal> counts(Kpi kpi, int first, int last) {
        if (kpi == Kpi.SPACES_COMPLETED_PERCENT) {
            return completedPercent(first, last);
        }
        if (kpi == Kpi.PROJECTS_COMPLETED_PERCENT) {
            return projectsCompletedPercent(first, last);
        }
        Count count = switch (kpi) {
            case COMPANIES_ENGAGED -> new Count("*", "account WHERE role = 'COMPANY'", "created_at");
            case CITIZENS_JOINED -> new Count("*", "account WHERE role = 'CITIZEN'", "created_at");
            case COMPANIES_DEVELOPING ->
                new Count(
                        "DISTINCT e.submitter_id",
                        "entry e JOIN account a ON a.id = e.submitter_id WHERE a.role = 'COMPANY'",
                        "e.submitted_at");
            case COMPANIES_OPERATIONAL ->
                new Count(
                        "DISTINCT e.submitter_id",
                        "pilot p JOIN entry e ON e.id = p.entry_id"
                                + " JOIN account a ON a.id = e.submitter_id WHERE a.role = 'COMPANY' AND p.stage IN ('RUNNING', 'SCALED_UP')",
                        "COALESCE(p.stage_changed_at, p.created_at)");
            case PILOTS_DEPLOYED ->
                new Count("*", "pilot WHERE stage = 'SCALED_UP'", "COALESCE(stage_changed_at, created_at)");
            // a pilot whose readiness record has an answer to every item of its list's version
            case PILOTS_READY ->
                new Count(
                        "*",
                        "pilot p WHERE NOT EXISTS (SELECT 1 FROM readiness_item i WHERE i.version = p.checklist_version"
                                + " AND NOT EXISTS (SELECT 1 FROM readiness_answer a"
                                + " WHERE a.pilot_id = p.id AND a.item_id = i.id))",
                        "p.created_at");
            // innovation re-use: a city took up a recommended practice that another city wrote down
            case PRACTICES_ADOPTED ->
                new Count(
                        "*",
                        "lesson_adoption a JOIN lesson l ON l.id = a.lesson_id"
                                + " WHERE l.practice = TRUE AND LOWER(TRIM(a.city)) <> LOWER(TRIM(l.city))",
                        "a.created_at");
            // the calendar's events, and the hackathons that no calendar event stands for
            case EVENTS_HELD ->
                new Count(
                        "*",
                        "(SELECT starts_at AS held_at FROM calendar_event"
                                + " UNION ALL SELECT s.opens_at FROM space s WHERE s.kind = 'HACKATHON' AND s.phase <> 'DRAFT'"
                                + " AND NOT EXISTS (SELECT 1 FROM calendar_event_space c WHERE c.space_id = s.id)) held"
                                + " WHERE 1 = 1",
                        "held.held_at");
            case MEDIA_VISIBILITY -> new Count("*", "media_hit WHERE 1 = 1", "appeared_on");
            case STAKEHOLDER_ACTIVATIONS ->
                new Count(
                        "DISTINCT p.account_id",
                        "space_participant p JOIN space s ON s.id = p.space_id WHERE s.phase <> 'DRAFT'",
                        "s.opens_at");
            case STORIES_PUBLISHED -> new Count("*", "story WHERE status IN ('PUBLISHED', 'ARCHIVED')", "published_at");
            case IMPACT_INDICATORS ->
                new Count(
                        "*",
                        "story_indicator i JOIN story s ON s.id = i.story_id"
                                + " WHERE s.status IN ('PUBLISHED', 'ARCHIVED')",
                        "s.published_at");
            case SPACES_COMPLETED_PERCENT, PROJECTS_COMPLETED_PERCENT, RETURN_PER_EURO -> null;
        };
        if (count == null) {
            return IntStream.rangeClosed(first, last)
                    .mapToObj(y -> (BigDecimal) null)
                    .toList();
        }
        return numbers(count, first, last, kpi == Kpi.MEDIA_VISIBILITY).stream()
                .map(BigDecimal::valueOf)
                .toList();
    }

    /**
     * Roadmap projects (items without parts) planned to end in a year that were completed by their
     * planned end, in per cent of those planned. Planned ends are dates, so the years are compared as dates.
     */
    private List<BigDecimal> projectsCompletedPercent(int first, int last) {
        String projects = "roadmap_item r WHERE NOT EXISTS (SELECT 1 FROM roadmap_item c WHERE c.parent_id = r.id)";
        var planned = numbers(new Count("*", projects, "r.planned_end"), first, last, true);
        var completed = numbers(
                new Count(
                        "*",
                        projects + " AND r.ended_on IS NOT NULL AND r.ended_on <= r.planned_end"
                                + " AND r.status_id IN (SELECT s.id FROM roadmap_status s WHERE s.outcome = 'COMPLETED')",
                        "r.planned_end"),
                first,
                last,
                true);
        return percents(completed, planned);
    }

    /** Spaces planned to end (results date) in a year that reached their results or archive, in per cent of those planned. */
    private List<BigDecimal> completedPercent(int first, int last) {
        var planned = numbers(new Count("*", "space WHERE phase <> 'DRAFT'", "results_at"), first, last);
        var completed =
                numbers(new Count("*", "space WHERE phase IN ('RESULTS', 'ARCHIVED')", "results_at"), first, last);
        return percents(completed, planned);
    }

    private static List<BigDecimal> percents(List<Long> completed, List<Long> planned) {
        var percent = new ArrayList<BigDecimal>();
        for (int i = 0; i < planned.size(); i++) {
            percent.add(
                    planned.get(i) == 0
                            ? null
                            : BigDecimal.valueOf(completed.get(i) * 100)
                                    .divide(BigDecimal.valueOf(planned.get(i)), 1, RoundingMode.HALF_UP));
        }
        return percent;
    }

    /** One count per year: parameter i is the start of year first + i - 1, the last one the end of the last year. */
    private List<Long> numbers(Count count, int first, int last) {
        return numbers(count, first, last, false);
    }

    /** As above; a date column (not a timestamp) is compared with the years' first days as dates. */
    private List<Long> numbers(Count count, int first, int last, boolean dateColumn) {
        int years = last - first + 1;
        String columns = IntStream.range(0, years)
                .mapToObj(i -> "COUNT(" + (count.what().equals("*") ? "" : "DISTINCT ")
                        + "CASE WHEN " + count.when() + " >= ?" + (i + 1) + " AND " + count.when() + " < ?" + (i + 2)
                        + " THEN "
                        + (count.what().equals("*") ? "1" : count.what().substring("DISTINCT ".length())) + " END)")
                .collect(Collectors.joining(", "));
        var query = em.createNativeQuery("SELECT " + columns + " FROM " + count.from() + " AND " + count.when()
                + " >= ?1 AND " + count.when() + " < ?" + (years + 1));
        for (int i = 0; i <= years; i++) {
            query.setParameter(i + 1, dateColumn ? LocalDate.of(first + i, 1, 1) : start(first + i));
        }
        Object row = query.getSingleResult();
        Object[] cells = row instanceof Object[] many ? many : new Object[] {row};
        return Arrays.stream(cells).map(cell -> ((Number) cell).longValue()).toList();
    }

    /** A city's count and the programme's total for each year, from one query. */
    public record CityCounts(List<Long> city, List<Long> total) {}

    /** What a per-city KPI counts, and the column that names the city of each counted row. */
    private record CityCount(Count count, String cityColumn) {}

    /**
     * One per-city KPI for each year from first to last, the city's count beside the programme's
     * total: one query with two columns per year, however many years are shown.
     */
    public CityCounts cityCounts(CityKpi kpi, String city, int first, int last) {
        var adopted = "lesson_adoption a JOIN lesson l ON l.id = a.lesson_id"
                + " WHERE l.practice = TRUE AND LOWER(TRIM(a.city)) <> LOWER(TRIM(l.city))";
        CityCount c = switch (kpi) {
            case SPACES -> new CityCount(new Count("*", "space s WHERE s.phase <> 'DRAFT'", "s.opens_at"), "s.city");
            case PARTICIPANTS ->
                new CityCount(
                        new Count(
                                "DISTINCT p.account_id",
                                "space_participant p JOIN space s ON s.id = p.space_id WHERE s.phase <> 'DRAFT'",
                                "s.opens_at"),
                        "s.city");
            case PILOTS ->
                new CityCount(
                        new Count(
                                "*",
                                "pilot p JOIN space s ON s.id = p.space_id WHERE s.phase <> 'DRAFT'",
                                "p.created_at"),
                        "s.city");
            case LESSONS_SHARED ->
                new CityCount(new Count("*", "lesson l WHERE l.status = 'PUBLISHED'", "l.published_at"), "l.city");
            case PRACTICES_ADOPTED_FROM_OTHERS -> new CityCount(new Count("*", adopted, "a.created_at"), "a.city");
            case PRACTICES_ADOPTED_BY_OTHERS -> new CityCount(new Count("*", adopted, "a.created_at"), "l.city");
            case STORIES ->
                new CityCount(
                        new Count("*", "story s WHERE s.status IN ('PUBLISHED', 'ARCHIVED')", "s.published_at"),
                        "s.city");
        };
        var count = c.count();
        int years = last - first + 1;
        boolean all = count.what().equals("*");
        String counted = all ? "1" : count.what().substring("DISTINCT ".length());
        String inCity = "LOWER(TRIM(" + c.cityColumn() + ")) = LOWER(TRIM(?" + (years + 2) + "))";
        String columns = IntStream.range(0, years)
                .mapToObj(i -> {
                    String inYear = count.when() + " >= ?" + (i + 1) + " AND " + count.when() + " < ?" + (i + 2);
                    String distinct = all ? "" : "DISTINCT ";
                    return "COUNT(" + distinct + "CASE WHEN " + inYear + " AND " + inCity + " THEN " + counted
                            + " END), COUNT(" + distinct + "CASE WHEN " + inYear + " THEN " + counted + " END)";
                })
                .collect(Collectors.joining(", "));
        var query = em.createNativeQuery("SELECT " + columns + " FROM " + count.from() + " AND " + count.when()
                + " >= ?1 AND " + count.when() + " < ?" + (years + 1));
        for (int i = 0; i <= years; i++) {
            query.setParameter(i + 1, start(first + i));
        }
        query.setParameter(years + 2, city);
        var cells = (Object[]) query.getSingleResult();
        var own = new ArrayList<Long>();
        var total = new ArrayList<Long>();
        for (int i = 0; i < years; i++) {
            own.add(((Number) cells[2 * i]).longValue());
            total.add(((Number) cells[2 * i + 1]).longValue());
        }
        return new CityCounts(own, total);
    }

    /** The cities Tori knows: those of partner accounts, spaces, lessons and stories, in alphabetical order. */
    @SuppressWarnings("unchecked")
    public List<String> cities() {
        List<Object> rows = em.createNativeQuery("SELECT DISTINCT TRIM(city) FROM account"
                        + " WHERE role = 'CITY_PARTNER' AND city IS NOT NULL"
                        + " UNION SELECT DISTINCT TRIM(city) FROM space WHERE city IS NOT NULL AND phase <> 'DRAFT'"
                        + " UNION SELECT DISTINCT TRIM(city) FROM lesson WHERE status = 'PUBLISHED'"
                        + " UNION SELECT DISTINCT TRIM(city) FROM story WHERE city IS NOT NULL"
                        + " AND status IN ('PUBLISHED', 'ARCHIVED')")
                .getResultList();
        return rows.stream()
                .map(String::valueOf)
                .filter(c -> !c.isBlank())
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    private static OffsetDateTime start(int year) {
        return ProgramTime.startOf(LocalDate.of(year, 1, 1));
    }
}
