package org.tori.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tori.notifications.entity.Cadence;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.DigestItem;
import org.tori.notifications.entity.FollowKind;
import org.tori.notifications.entity.NotificationJob;

/**
 * The notification tables, in the caller's transaction. Plain SQL: these are small rows without
 * rules of their own (the rules live in Cadence, Category and UnsubscribeToken).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationStore {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    public Map<Category, Cadence> preferences(long accountId) {
        var chosen = new EnumMap<Category, Cadence>(Category.class);
        for (var category : Category.values()) {
            chosen.put(category, category.defaultCadence());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT category, cadence FROM notification_preference WHERE account_id = ?")
                .setParameter(1, accountId)
                .getResultList();
        for (var row : rows) {
            try {
                chosen.put(Category.valueOf((String) row[0]), Cadence.valueOf((String) row[1]));
            } catch (IllegalArgumentException retiredCategory) {
                // a category that no longer exists: nothing to apply it to
            }
        }
        return chosen;
    }

    public Cadence cadence(long accountId, Category category) {
        return preferences(accountId).get(category);
    }

    /** What each of these members chose for one category (its default where they chose nothing), in one query. */
    public Map<Long, Cadence> cadences(Collection<Long> accountIds, Category category) {
        var chosen = new HashMap<Long, Cadence>();
        if (accountIds.isEmpty()) {
            return chosen;
        }
        var ids = List.copyOf(accountIds);
        var query = em.createNativeQuery("SELECT account_id, cadence FROM notification_preference WHERE category = ?"
                        + " AND account_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")
                .setParameter(1, category.name());
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 2, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (var row : rows) {
            chosen.put(((Number) row[0]).longValue(), Cadence.valueOf((String) row[1]));
        }
        for (var id : accountIds) {
            chosen.putIfAbsent(id, category.defaultCadence());
        }
        return chosen;
    }

    public void choose(long accountId, Category category, Cadence cadence) {
        em.createNativeQuery("DELETE FROM notification_preference WHERE account_id = ? AND category = ?")
                .setParameter(1, accountId)
                .setParameter(2, category.name())
                .executeUpdate();
        em.createNativeQuery("INSERT INTO notification_preference (account_id, category, cadence) VALUES (?, ?, ?)")
                .setParameter(1, accountId)
                .setParameter(2, category.name())
                .setParameter(3, cadence.name())
                .executeUpdate();
    }

    public boolean follows(long accountId, FollowKind kind, String target) {
        return !em.createNativeQuery(
                        "SELECT 1 FROM notification_follow WHERE account_id = ? AND kind = ? AND target = ?")
                .setParameter(1, accountId)
                .setParameter(2, kind.name())
                .setParameter(3, target)
                .getResultList()
                .isEmpty();
    }

    public void follow(long accountId, FollowKind kind, String target, OffsetDateTime now) {
        if (!follows(accountId, kind, target)) {
            em.createNativeQuery(
                            "INSERT INTO notification_follow (account_id, kind, target, created_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, accountId)
                    .setParameter(2, kind.name())
                    .setParameter(3, target)
                    .setParameter(4, now)
                    .executeUpdate();
        }
    }

    /** What the member follows, as kind and target pairs, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> followsOf(long accountId) {
        return em.createNativeQuery(
                        "SELECT kind, target, created_at FROM notification_follow WHERE account_id = ? ORDER BY created_at")
                .setParameter(1, accountId)
                .getResultList();
    }

    /** Everything kept for one member: mail choices, follows and news waiting for a digest. */
    public void forget(long accountId) {
        for (var table :
                List.of("notification_preference", "notification_follow", "notification", "notification_digest")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?")
                    .setParameter(1, accountId)
                    .executeUpdate();
        }
    }

    public void unfollow(long accountId, FollowKind kind, String target) {
        em.createNativeQuery("DELETE FROM notification_follow WHERE account_id = ? AND kind = ? AND target = ?")
                .setParameter(1, accountId)
                .setParameter(2, kind.name())
                .setParameter(3, target)
                .executeUpdate();
    }

    /** Keeps news for the member's next digest and makes sure that digest is scheduled. */
    public void keepForDigest(DigestItem item, long accountId, Cadence cadence, String key, OffsetDateTime dueIfFirst) {
        if (em.createNamedQuery(DigestItem.BY_KEY, Long.class)
                        .setParameter("key", key)
                        .getSingleResult()
                > 0) {
            return;
        }
        em.persist(item);
        // one member's news at a time: two at the same instant must not both start a digest row
        em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
                .setParameter(1, accountId)
                .getResultList();
        // waits while the digest worker holds the row; if it was just sent and deleted, a new one starts
        var scheduled = em.createNativeQuery(
                        "SELECT due_at FROM notification_digest WHERE account_id = ? AND cadence = ? FOR UPDATE")
                .setParameter(1, accountId)
                .setParameter(2, cadence.name())
                .getResultList();
        if (scheduled.isEmpty()) {
            em.createNativeQuery("INSERT INTO notification_digest (account_id, cadence, due_at) VALUES (?, ?, ?)")
                    .setParameter(1, accountId)
                    .setParameter(2, cadence.name())
                    .setParameter(3, dueIfFirst)
                    .executeUpdate();
        }
    }

    /** Queues fan-out work once per key; false when it was queued before. */
    public boolean addJob(NotificationJob job, String key) {
        if (em.createNamedQuery(NotificationJob.BY_KEY, Long.class)
                        .setParameter("key", key)
                        .getSingleResult()
                > 0) {
            return false;
        }
        em.persist(job);
        return true;
    }

    /** The members who follow one thing, by account id. */
    public List<Long> followers(FollowKind kind, String target) {
        return em
                .createNativeQuery(
                        "SELECT account_id FROM notification_follow WHERE kind = ? AND target = ? ORDER BY account_id")
                .setParameter(1, kind.name())
                .setParameter(2, target)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }
}
