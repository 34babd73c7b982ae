package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import org.tori.livinglabs.entity.TesterPromoted;
import org.tori.notifications.control.Notifier;
import org.tori.notifications.control.Recipients;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.Notice;

/**
 * Tells a member on a living lab's waiting list that a tester place freed up and is now theirs,
 * inside the withdrawing transaction: if the withdrawal rolls back, no mail is promised.
 */
@ApplicationScoped
public class LivingLabNotifications {

    @Inject
    Notifier notifier;
    @Inject
    Recipients recipients;
    @Inject
    java.time.Clock clock;

    public void promoted(@Observes TesterPromoted promoted) {
        var space = recipients.space(promoted.spaceId()).orElse(null);
        if (space == null) {
            return;
        }
        var link = notifier.link("/spaces/space?id=" + space.id() + "#living-lab");
        var values = new HashMap<String, Object>();
        values.put("spaceTitle", space.title());
        values.put("link", link);
        notifier.deliver(new Notice(promoted.accountId(), Category.PARTICIPATION, "tester-place", space.title(), values,
                null, link, "tester-place:" + promoted.spaceId() + ":" + promoted.accountId() + ":" + clock.millis()));
    }
}
