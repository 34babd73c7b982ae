package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.livinglabs.entity.ProposalActivity;
import org.tori.livinglabs.entity.TesterPromoted;
import org.tori.notifications.control.Notifier;
import org.tori.notifications.control.Recipients;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.Notice;

/**
 * Tells a member on a living lab's waiting list that a tester place freed up and is now theirs;
 * tells staff that a proposal arrived and the company what staff decided. Each inside the asking
 * transaction: if it rolls back, no mail is promised.
 */
@ApplicationScoped
public class LivingLabNotifications {

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    public void promoted(@Observes TesterPromoted promoted) {
        var space = recipients.space(promoted.spaceId()).orElse(null);
        if (space == null) {
            return;
        }
        var link = notifier.link("/spaces/space?id=" + space.id() + "#living-lab");
        var values = new HashMap<String, Object>();
        values.put("spaceTitle", space.title());
        values.put("link", link);
        notifier.deliver(new Notice(
                promoted.accountId(),
                Category.PARTICIPATION,
                "tester-place",
                space.title(),
                values,
                null,
                link,
                "tester-place:" + promoted.spaceId() + ":" + promoted.accountId() + ":" + clock.millis()));
    }

    public void proposal(@Observes ProposalActivity activity) {
        var space = recipients.space(activity.spaceId()).orElse(null);
        if (space == null) {
            return;
        }
        var values = new HashMap<String, Object>();
        values.put("spaceTitle", space.title());
        long stamp = clock.millis();
        if (activity instanceof ProposalActivity.Arrived a) {
            var link = notifier.link("/livinglabs/staff/proposals");
            values.put("link", link);
            values.put(
                    "companyName",
                    accounts.find(a.proposerId()).map(AccountSummary::name).orElse(""));
            values.put("revised", a.revised());
            for (long staff : recipients.staff()) {
                notifier.deliver(new Notice(
                        staff,
                        Category.PARTICIPATION,
                        "lab-proposal",
                        space.title(),
                        values,
                        null,
                        link,
                        "lab-proposal:" + a.spaceId() + ":" + staff + ":" + stamp));
            }
        } else if (activity instanceof ProposalActivity.Decided d) {
            var link = notifier.link(
                    d.approved() ? "/spaces/space?id=" + space.id() : "/livinglabs/manage/propose?id=" + space.id());
            values.put("link", link);
            values.put("approved", d.approved());
            values.put("note", d.note() == null ? "" : d.note());
            notifier.deliver(new Notice(
                    d.proposerId(),
                    Category.PARTICIPATION,
                    "lab-decision",
                    space.title(),
                    values,
                    d.note(),
                    link,
                    "lab-decision:" + d.spaceId() + ":" + stamp));
        }
    }
}
