package org.tori.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Who should hear of something: read-only queries over the tables of spaces and accounts, a batch
 * of members at a time in account id order (the fan-out remembers where it stopped).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Recipients {

    public static final int BATCH = 200;
    /** Teams of the outer query's p.account_id in p.space_id, as member or captain. */
    private static final String TEAMS_OF_MEMBER =
            "SELECT t.id FROM team t WHERE t.space_id = p.space_id AND (t.captain_id = p.account_id"
                    + " OR EXISTS (SELECT 1 FROM team_member m WHERE m.team_id = t.id AND m.account_id = p.account_id AND m.status = 'MEMBER'))";

    /** The few facts about a space that mails and matching need. */
    public record SpaceFacts(long id, String title, String city, OffsetDateTime deadline) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    public Optional<SpaceFacts> space(long spaceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, title, city, submission_deadline FROM space WHERE id = ?")
                .setParameter(1, spaceId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new SpaceFacts(((Number) r[0]).longValue(), (String) r[1], (String) r[2], toOffset(r[3])));
    }

    /**
     * Verified members whose interests name one of the space's tags (themes, domain, value streams,
     * city, in any language) or who follow one of its themes or its city.
     */
    public List<Long> matching(Collection<String> tags, Collection<String> themes, String city, long after) {
        var sql = new StringBuilder("SELECT a.id FROM account a WHERE a.verified_at IS NOT NULL AND a.id > ? AND (")
                .append("EXISTS (SELECT 1 FROM account_interest i WHERE i.account_id = a.id AND i.tag IN (")
                .append(placeholders(tags.size()))
                .append("))")
                .append(
                        " OR EXISTS (SELECT 1 FROM notification_follow f WHERE f.account_id = a.id AND ((f.kind = 'THEME' AND f.target IN (")
                .append(placeholders(themes.size()))
                .append(")) OR (f.kind = 'CITY' AND f.target = ?))))")
                .append(" ORDER BY a.id FETCH FIRST ")
                .append(BATCH)
                .append(" ROWS ONLY");
        var query = em.createNativeQuery(sql.toString());
        int i = 1;
        query.setParameter(i++, after);
        for (var tag : tags) {
            query.setParameter(i++, tag);
        }
        for (var theme : themes) {
            query.setParameter(i++, theme);
        }
        query.setParameter(i, city == null ? "" : city);
        return ids(query.getResultList());
    }

    public List<Long> participants(long spaceId, long after) {
        return ids(em.createNativeQuery("SELECT account_id FROM space_participant WHERE space_id = ? AND account_id > ?"
                        + " ORDER BY account_id FETCH FIRST " + BATCH + " ROWS ONLY")
                .setParameter(1, spaceId)
                .setParameter(2, after)
                .getResultList());
    }

    /**
     * Everyone the results of a space concern: its participants, those who sent an entry (alone or as
     * captain or member of the entry's team), and its followers.
     */
    public List<Long> audienceOfResults(long spaceId, long after) {
        return ids(em.createNativeQuery(AUDIENCE_OF_RESULTS
                        + " WHERE x.account_id > ? ORDER BY x.account_id FETCH FIRST " + BATCH + " ROWS ONLY")
                .setParameter(1, spaceId)
                .setParameter(2, spaceId)
                .setParameter(3, spaceId)
                .setParameter(4, spaceId)
                .setParameter(5, String.valueOf(spaceId))
                .setParameter(6, after)
                .getResultList());
    }

    /** How many members the results of a space will be mailed to (before their own cadence and opt-outs). */
    public long audienceOfResultsCount(long spaceId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (" + AUDIENCE_OF_RESULTS + ") y")
                        .setParameter(1, spaceId)
                        .setParameter(2, spaceId)
                        .setParameter(3, spaceId)
                        .setParameter(4, spaceId)
                        .setParameter(5, String.valueOf(spaceId))
                        .getSingleResult())
                .longValue();
    }

    private static final String AUDIENCE_OF_RESULTS = "SELECT DISTINCT x.account_id FROM ("
            + "SELECT account_id FROM space_participant WHERE space_id = ?"
            + " UNION SELECT submitter_id AS account_id FROM entry WHERE space_id = ? AND submitter_id IS NOT NULL"
            + " UNION SELECT t.captain_id AS account_id FROM team t WHERE t.space_id = ? AND EXISTS (SELECT 1 FROM entry e WHERE e.team_id = t.id)"
            + " UNION SELECT m.account_id FROM team_member m JOIN team t ON t.id = m.team_id WHERE t.space_id = ? AND m.status = 'MEMBER'"
            + " AND EXISTS (SELECT 1 FROM entry e WHERE e.team_id = t.id)"
            + " UNION SELECT account_id FROM notification_follow WHERE kind = 'SPACE' AND target = ?) x";

    /** Participants who follow the space too; plus followers who are not participants. */
    public List<Long> participantsAndFollowers(long spaceId, long after) {
        return ids(em.createNativeQuery(
                        "SELECT DISTINCT x.account_id FROM (SELECT account_id FROM space_participant WHERE space_id = ?"
                                + " UNION SELECT account_id FROM notification_follow WHERE kind = 'SPACE' AND target = ?) x"
                                + " WHERE x.account_id > ? ORDER BY x.account_id FETCH FIRST " + BATCH + " ROWS ONLY")
                .setParameter(1, spaceId)
                .setParameter(2, String.valueOf(spaceId))
                .setParameter(3, after)
                .getResultList());
    }

    /**
     * Participants who still have something to do: no entry of their own and none of the team they
     * are in (or captain).
     */
    public List<Long> withoutEntry(long spaceId, long after) {
        return ids(em.createNativeQuery(
                        "SELECT p.account_id FROM space_participant p WHERE p.space_id = ? AND p.account_id > ?"
                                + " AND NOT EXISTS (SELECT 1 FROM entry e WHERE e.space_id = p.space_id AND (e.submitter_id = p.account_id"
                                + " OR e.team_id IN (" + TEAMS_OF_MEMBER + ")))"
                                + " ORDER BY p.account_id FETCH FIRST " + BATCH + " ROWS ONLY")
                .setParameter(1, spaceId)
                .setParameter(2, after)
                .getResultList());
    }

    /** The entries a member stands behind in a space: their own and their team's. */
    public List<Long> entriesOf(long spaceId, long accountId) {
        return ids(em.createNativeQuery(
                        "SELECT e.id FROM entry e, (SELECT CAST(? AS BIGINT) AS space_id, CAST(? AS BIGINT) AS account_id) p"
                                + " WHERE e.space_id = p.space_id AND (e.submitter_id = p.account_id OR e.team_id IN ("
                                + TEAMS_OF_MEMBER + "))")
                .setParameter(1, spaceId)
                .setParameter(2, accountId)
                .getResultList());
    }

    /** Spaces taking entries whose deadline is within the given time from now. */
    public List<SpaceFacts> deadlinesWithin(OffsetDateTime now, OffsetDateTime until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, title, city, submission_deadline FROM space"
                                + " WHERE phase IN ('OPEN', 'SUBMISSION') AND submission_deadline > ? AND submission_deadline <= ?")
                .setParameter(1, now)
                .setParameter(2, until)
                .getResultList();
        return rows.stream()
                .map(r -> new SpaceFacts(((Number) r[0]).longValue(), (String) r[1], (String) r[2], toOffset(r[3])))
                .toList();
    }

    public Optional<Long> captainOf(long teamId) {
        var rows = em.createNativeQuery("SELECT captain_id FROM team WHERE id = ?")
                .setParameter(1, teamId)
                .getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    public Optional<String> commentBody(long commentId) {
        var rows = em.createNativeQuery("SELECT body FROM space_comment WHERE id = ?")
                .setParameter(1, commentId)
                .getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    private static String placeholders(int n) {
        return n == 0 ? "''" : String.join(", ", Collections.nCopies(n, "?"));
    }

    private static List<Long> ids(List<?> rows) {
        var ids = new ArrayList<Long>(rows.size());
        for (var row : rows) {
            ids.add(((Number) row).longValue());
        }
        return ids;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return value == null ? null : OffsetDateTime.parse(value.toString());
    }

    /** Program staff and administrators, who review what members send in. */
    public List<Long> staff() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM account WHERE role IN ('STAFF', 'ADMIN') ORDER BY id")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
