package org.tori.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.mail.boundary.Mails;
import org.tori.notifications.entity.Cadence;
import org.tori.notifications.entity.DigestItem;
import org.tori.notifications.entity.UnsubscribeToken;
import org.tori.platform.time.ProgramTime;

/**
 * Sends the digests that are due, a batch of members per transaction. Only members with news have
 * a digest row, so the work grows with the news, not with the membership. One mail per member and
 * digest: everything since the last one, grouped by topic, newest first.
 */
@ApplicationScoped
public class Digests {

    public static final int BATCH = 20;

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Mails mails;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    @Transactional
    public int runBatch() {
        var now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery(
                        "SELECT account_id, cadence FROM notification_digest WHERE due_at <= ?"
                                + " ORDER BY due_at FETCH FIRST " + BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, now)
                .getResultList();
        for (var row : due) {
            long accountId = ((Number) row[0]).longValue();
            var cadence = Cadence.valueOf((String) row[1]);
            em.createNativeQuery("DELETE FROM notification_digest WHERE account_id = ? AND cadence = ?")
                    .setParameter(1, accountId)
                    .setParameter(2, cadence.name())
                    .executeUpdate();
            var items = em.createNamedQuery(DigestItem.PENDING, DigestItem.class)
                    .setParameter("account", accountId)
                    .setParameter("cadence", cadence)
                    .getResultList();
            if (items.isEmpty()) {
                continue;
            }
            accounts.find(accountId)
                    .filter(AccountSummary::verified)
                    .ifPresent(who -> mails.enqueue(notifier.request(
                            "digest",
                            who,
                            Map.of("groups", groups(items), "count", items.size(), "daily", cadence == Cadence.DAILY),
                            "digest:" + accountId + ":" + cadence + ":"
                                    + items.get(0).getId(),
                            UnsubscribeToken.digestScope(cadence))));
            items.forEach(item -> item.digested(now));
        }
        return due.size();
    }

    /** Topics in the order of their newest news; within a topic, newest first. */
    static List<Map<String, Object>> groups(List<DigestItem> newestFirst) {
        var byTopic = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (var item : newestFirst) {
            var line = new HashMap<String, Object>();
            line.put("headline", item.getHeadline());
            line.put("detail", item.getDetail() == null ? "" : item.getDetail());
            line.put("link", item.getLink() == null ? "" : item.getLink());
            line.put("date", ProgramTime.isoDate(item.getCreatedAt()));
            byTopic.computeIfAbsent(item.getTopic(), t -> new ArrayList<>()).add(line);
        }
        var groups = new ArrayList<Map<String, Object>>();
        byTopic.forEach((topic, lines) -> groups.add(Map.of("topic", topic, "items", lines)));
        return groups;
    }
}
