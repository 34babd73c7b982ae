package org.tori.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Counts the staff's queues, one cheap indexed query each. The desk reads the features' tables
 * directly rather than asking each feature: it is a read-only overview, and one query per queue
 * keeps the page fast however many features add queues.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Desk {

    /** How many spaces the desk lists by name under a queue of spaces. */
    static final int LISTED = 50;

    public record Queue(String key, long count, String link) {}

    public record SpaceLink(long id, String title) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    public List<Queue> queues() {
        return List.of(
                new Queue(
                        "proposals",
                        count("SELECT COUNT(*) FROM living_lab l JOIN space s ON s.id = l.space_id "
                                + "WHERE s.phase = 'DRAFT' AND l.return_note IS NULL"),
                        "/livinglabs/staff/proposals"),
                new Queue(
                        "lessons",
                        count("SELECT COUNT(*) FROM lesson WHERE status = 'IN_REVIEW'"),
                        "/knowledge/staff/review"),
                new Queue(
                        "roleRequests",
                        count("SELECT COUNT(*) FROM role_request WHERE state = 'PENDING'"),
                        "/accounts/staff/requests"),
                new Queue(
                        "reportedComments",
                        count("SELECT COUNT(*) FROM space_comment WHERE open_reports > 0"),
                        "/staff/comments"),
                new Queue("stories", count("SELECT COUNT(*) FROM story WHERE status = 'REVIEW'"), "/stories/staff/"),
                new Queue(
                        "failedMails",
                        count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'FAILED'"),
                        "/mail/staff/failed"),
                new Queue(
                        "organisations",
                        count("SELECT COUNT(*) FROM organisation WHERE status = 'REQUESTED'"),
                        "/partners/staff/"));
    }

    /** Open spaces whose submission or test window has closed: their next phase is due. */
    public List<SpaceLink> phaseDue() {
        return spaces("SELECT id, title FROM space WHERE phase IN ('OPEN', 'SUBMISSION', 'TESTING') "
                + "AND submission_deadline < ?1 ORDER BY submission_deadline");
    }

    /** Spaces still judging after their results day: the jury is late. */
    public List<SpaceLink> juryLate() {
        return spaces("SELECT id, title FROM space WHERE phase = 'JUDGING' AND results_at < ?1 ORDER BY results_at");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<SpaceLink> spaces(String sql) {
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, OffsetDateTime.now(clock))
                .setMaxResults(LISTED)
                .getResultList();
        return rows.stream()
                .map(r -> new SpaceLink(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }
}
