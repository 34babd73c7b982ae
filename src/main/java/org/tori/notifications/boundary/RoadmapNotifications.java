package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.entity.Role;
import org.tori.knowledge.entity.Reader;
import org.tori.notifications.control.NotificationStore;
import org.tori.notifications.control.Notifier;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.FollowKind;
import org.tori.notifications.entity.Notice;
import org.tori.roadmap.entity.MilestonePublished;

/**
 * Tells the followers of a roadmap item that one of its milestones was published, each as they
 * chose for the roadmap category, inside the publishing transaction. A follower who may no longer
 * read the item (it became partners- or staff-only) hears nothing.
 */
@ApplicationScoped
public class RoadmapNotifications {

    @Inject
    Notifier notifier;

    @Inject
    NotificationStore store;

    @Inject
    Accounts accounts;

    public void published(@Observes MilestonePublished milestone) {
        var link = notifier.link("/roadmap/item?id=" + milestone.itemId() + "#milestone-" + milestone.milestoneId());
        var values = new HashMap<String, Object>();
        values.put("itemTitle", milestone.itemTitle());
        values.put("milestoneTitle", milestone.title());
        values.put("milestoneText", milestone.body() == null ? "" : milestone.body());
        values.put("milestoneDate", String.valueOf(milestone.dueOn()));
        values.put("reached", milestone.reached());
        values.put("link", link);
        for (long follower : store.followers(FollowKind.ROADMAP, String.valueOf(milestone.itemId()))) {
            var reader =
                    accounts.find(follower).map(RoadmapNotifications::readerOf).orElse(Reader.ANONYMOUS);
            if (reader.mayRead(milestone.visibility())) {
                notifier.deliver(new Notice(
                        follower,
                        Category.ROADMAP,
                        "milestone-published",
                        milestone.itemTitle(),
                        values,
                        milestone.title(),
                        link,
                        "milestone:" + milestone.milestoneId() + ":" + follower));
            }
        }
    }

    private static Reader readerOf(AccountSummary who) {
        boolean staff = who.role() == Role.STAFF || who.role() == Role.ADMIN;
        return new Reader(who.id(), staff, who.role() == Role.CITY_PARTNER, who.city());
    }
}
