package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.notifications.control.Notifier;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.Notice;
import org.tori.valuestreams.entity.CollectiveChanged;

/**
 * Tells the followers of a development collective of a new vision version or a changed action,
 * each at the cadence they chose for collectives; inside the changing transaction, as the others.
 */
@ApplicationScoped
public class CollectiveNotifications {

    @Inject
    Notifier notifier;

    @Inject
    Accounts accounts;

    public void changed(@Observes CollectiveChanged changed) {
        var link = notifier.link("/valuestreams/collective?id=" + changed.collectiveId()
                + ("VISION".equals(changed.what()) ? "#vision" : "#plan"));
        var values = new HashMap<String, Object>();
        values.put("collectiveName", changed.collectiveName());
        values.put(
                "authorName",
                accounts.find(changed.byId()).map(AccountSummary::name).orElse(""));
        values.put("vision", "VISION".equals(changed.what()));
        values.put("headline", changed.headline());
        values.put("detail", changed.detail() == null ? "" : changed.detail());
        values.put("link", link);
        for (long follower : changed.followerIds()) {
            if (follower != changed.byId()) {
                notifier.deliver(new Notice(
                        follower,
                        Category.COLLECTIVES,
                        "collective-change",
                        changed.collectiveName(),
                        values,
                        changed.detail(),
                        link,
                        changed.key() + ":" + follower));
            }
        }
    }
}
