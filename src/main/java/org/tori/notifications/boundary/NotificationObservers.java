package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.judging.entity.JudgingActivity;
import org.tori.notifications.control.NotificationStore;
import org.tori.notifications.control.Notifier;
import org.tori.notifications.control.Recipients;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.Notice;
import org.tori.notifications.entity.NotificationJob;
import org.tori.spaces.boundary.Entries;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceActivity;
import org.tori.spaces.entity.SpaceChanged;

/**
 * Listens to spaces and judging inside their transactions: news for one member becomes that
 * member's mail or digest line in the same commit; news for many becomes a fan-out job that the
 * worker spreads after the commit. If the use case rolls back, nobody hears of it.
 */
@ApplicationScoped
public class NotificationObservers {

    @Inject
    Notifier notifier;

    @Inject
    NotificationStore store;

    @Inject
    Recipients recipients;

    @Inject
    Accounts accounts;

    @Inject
    Entries entries;

    @Inject
    Clock clock;

    public void spaceChanged(@Observes SpaceChanged changed) {
        var now = OffsetDateTime.now(clock);
        if (changed.phase() == Phase.OPEN) {
            store.addJob(
                    new NotificationJob(
                            NotificationJob.Kind.SPACE_OPENED,
                            changed.spaceId(),
                            null,
                            null,
                            "opened:" + changed.spaceId(),
                            now),
                    "opened:" + changed.spaceId());
        } else if (changed.phase() == Phase.RESULTS) {
            store.addJob(
                    new NotificationJob(
                            NotificationJob.Kind.RESULTS,
                            changed.spaceId(),
                            null,
                            null,
                            "results:" + changed.spaceId(),
                            now),
                    "results:" + changed.spaceId());
        }
    }

    public void spaceActivity(@Observes SpaceActivity activity) {
        var space = recipients.space(activity.spaceId()).orElse(null);
        if (space == null) {
            return;
        }
        var values = new HashMap<String, Object>();
        values.put("spaceTitle", space.title());
        var link = notifier.link("/spaces/space?id=" + space.id());
        values.put("link", link);
        if (activity instanceof SpaceActivity.Joined j) {
            send(
                    j.accountId(),
                    Category.PARTICIPATION,
                    "space-joined",
                    space.title(),
                    values,
                    null,
                    link,
                    "joined:" + j.spaceId() + ":" + j.accountId());
        } else if (activity instanceof SpaceActivity.TeamInvitation t) {
            values.put("teamName", t.teamName());
            values.put("captainName", nameOf(t.captainId()));
            send(
                    t.inviteeId(),
                    Category.PARTICIPATION,
                    "team-invitation",
                    space.title(),
                    values,
                    null,
                    link,
                    "team-invitation:" + t.teamId() + ":" + t.inviteeId() + ":" + stamp());
        } else if (activity instanceof SpaceActivity.JoinRequest r) {
            values.put("teamName", r.teamName());
            values.put("requesterName", nameOf(r.requesterId()));
            send(
                    r.captainId(),
                    Category.PARTICIPATION,
                    "team-request",
                    space.title(),
                    values,
                    null,
                    link,
                    "team-request:" + r.teamId() + ":" + r.requesterId() + ":" + stamp());
        } else if (activity instanceof SpaceActivity.TeamAnswer a) {
            values.put("teamName", a.teamName());
            values.put("accepted", a.accepted());
            values.put("answeredByName", nameOf(a.answeredBy()));
            // the captain answered a request: tell the member; the member answered an invitation: tell the captain
            boolean toCaptain = a.answeredBy() == a.accountId();
            values.put("toCaptain", toCaptain);
            var to = toCaptain ? recipients.captainOf(a.teamId()) : Optional.of(a.accountId());
            to.ifPresent(recipient -> send(
                    recipient,
                    Category.PARTICIPATION,
                    "team-answer",
                    space.title(),
                    values,
                    null,
                    link,
                    "team-answer:" + a.teamId() + ":" + a.accountId() + ":" + stamp()));
        } else if (activity instanceof SpaceActivity.EntrySubmitted e) {
            entries.find(e.entryId()).ifPresent(entry -> {
                values.put("entryTitle", entry.title());
                values.put("problem", orEmpty(entry.problem()));
                values.put("solution", orEmpty(entry.solution()));
                values.put("businessModel", orEmpty(entry.businessModel()));
                values.put("demoLink", orEmpty(entry.demoLink()));
                send(
                        e.submitterId(),
                        Category.PARTICIPATION,
                        "entry-received",
                        space.title(),
                        values,
                        null,
                        link,
                        "entry-received:" + e.entryId());
            });
        } else if (activity instanceof SpaceActivity.EntryScreened s) {
            values.put("decision", s.decision().name());
            values.put("reason", orEmpty(s.reason()));
            send(
                    s.submitterId(),
                    Category.PARTICIPATION,
                    "entry-screened",
                    space.title(),
                    values,
                    s.reason(),
                    link,
                    "entry-screened:" + s.entryId() + ":" + s.decision());
        } else if (activity instanceof SpaceActivity.CommentWritten c) {
            if (c.parentAuthorId() != null && c.parentAuthorId() != c.authorId()) {
                var body = recipients.commentBody(c.commentId()).orElse("");
                values.put("authorName", nameOf(c.authorId()));
                values.put("reply", body);
                send(
                        c.parentAuthorId(),
                        Category.COMMUNITY,
                        "comment-reply",
                        space.title(),
                        values,
                        body,
                        link + "#comment-" + c.commentId(),
                        "comment-reply:" + c.commentId());
            }
        } else if (activity instanceof SpaceActivity.CommentModerated m) {
            values.put("hidden", m.hidden());
            values.put("reason", orEmpty(m.reason()));
            send(
                    m.authorId(),
                    Category.COMMUNITY,
                    "comment-moderated",
                    space.title(),
                    values,
                    m.reason(),
                    link,
                    "comment-moderated:" + m.commentId() + ":" + stamp());
        }
    }

    public void judgingActivity(@Observes JudgingActivity activity) {
        var space = recipients.space(activity.spaceId()).orElse(null);
        if (space == null) {
            return;
        }
        var values = new HashMap<String, Object>();
        values.put("spaceTitle", space.title());
        if (activity instanceof JudgingActivity.JurorAppointed j) {
            var link = notifier.link("/judging/score?space=" + space.id());
            values.put("link", link);
            send(
                    j.jurorId(),
                    Category.JUDGING,
                    "juror-appointed",
                    space.title(),
                    values,
                    null,
                    link,
                    "juror-appointed:" + j.spaceId() + ":" + j.jurorId());
        } else if (activity instanceof JudgingActivity.PilotOffered p) {
            var link = notifier.link("/spaces/space?id=" + space.id());
            values.put("link", link);
            values.put("partner", orEmpty(p.partner()));
            values.put(
                    "entryTitle", entries.find(p.entryId()).map(e -> e.title()).orElse(""));
            send(
                    p.submitterId(),
                    Category.JUDGING,
                    "pilot-offered",
                    space.title(),
                    values,
                    null,
                    link,
                    "pilot-offered:" + p.entryId());
        }
    }

    private void send(
            long to,
            Category category,
            String template,
            String topic,
            Map<String, Object> values,
            String detail,
            String link,
            String key) {
        notifier.deliver(new Notice(to, category, template, topic, values, detail, link, key));
    }

    private String nameOf(long accountId) {
        return accounts.find(accountId).map(AccountSummary::name).orElse("");
    }

    private long stamp() {
        return clock.millis();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
