package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tori.accounts.boundary.PersonalData;
import org.tori.accounts.entity.AccountErased;
import org.tori.notifications.control.NotificationStore;
import org.tori.platform.persistence.PersonalRows;

/** A member's mail choices and what they follow: in their own copy of their data, and gone when they erase their account. */
@ApplicationScoped
@Transactional
public class NotificationsPersonalData implements PersonalData {

    public record Follow(String kind, String target, String since) {}

    public record NotificationData(
            Map<String, String> cadences,
            List<Follow> follows,
            List<Map<String, Object>> news,
            List<Map<String, Object>> digestsDue) {}

    @Inject
    NotificationStore store;

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    /** The member erased their account: their mail choices, follows and waiting news go with it. */
    public void forget(@Observes AccountErased erased) {
        store.forget(erased.accountId());
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Set<String> covers() {
        return Set.of(
                "notification_preference.account_id",
                "notification_follow.account_id",
                "notification.account_id",
                "notification_digest.account_id");
    }

    @Override
    public Object of(long accountId) {
        var cadences = new TreeMap<String, String>();
        store.preferences(accountId).forEach((category, cadence) -> cadences.put(category.name(), cadence.name()));
        var follows = store.followsOf(accountId).stream()
                .map(row -> new Follow(String.valueOf(row[0]), String.valueOf(row[1]), String.valueOf(row[2])))
                .toList();
        var news = PersonalRows.of(
                em,
                "SELECT category, cadence, topic, headline, detail, link, created_at, digested_at "
                        + "FROM notification WHERE account_id = ?1 ORDER BY created_at",
                accountId,
                "category",
                "cadence",
                "topic",
                "headline",
                "detail",
                "link",
                "createdAt",
                "digestedAt");
        var digests = PersonalRows.of(
                em,
                "SELECT cadence, due_at FROM notification_digest WHERE account_id = ?1",
                accountId,
                "cadence",
                "dueAt");
        return new NotificationData(cadences, follows, news, digests);
    }
}
