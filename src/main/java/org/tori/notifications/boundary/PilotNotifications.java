package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import org.tori.notifications.control.Notifier;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.Notice;
import org.tori.pilots.entity.PilotDecided;

/**
 * Tells the pilot's company and the city's owner what staff decided (continued, scaled up, stopped)
 * and why, with a link to the pilot page. Inside the deciding transaction: the mail is queued in the
 * outbox with the decision and sent after the commit, or not at all.
 */
@ApplicationScoped
public class PilotNotifications {

    @Inject
    Notifier notifier;

    public void decided(@Observes PilotDecided decided) {
        var link = notifier.link("/pilots/pilot?id=" + decided.pilotId());
        var values = new HashMap<String, Object>();
        values.put("pilotTitle", decided.title());
        values.put("verdict", decided.verdict().name());
        values.put("reason", decided.reason() == null ? "" : decided.reason());
        values.put("partner", decided.partner() == null ? "" : decided.partner());
        values.put("link", link);
        var recipients = new LinkedHashSet<Long>();
        if (decided.companyId() != null) {
            recipients.add(decided.companyId());
        }
        if (decided.ownerId() != null) {
            recipients.add(decided.ownerId());
        }
        long stamp = decided.decidedAt().toInstant().toEpochMilli();
        for (long to : recipients) {
            notifier.deliver(new Notice(
                    to,
                    Category.JUDGING,
                    "pilot-decision",
                    decided.title(),
                    values,
                    decided.reason(),
                    link,
                    "pilot-decision:" + decided.pilotId() + ":" + to + ":" + stamp));
        }
    }
}
