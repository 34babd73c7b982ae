package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.consultations.entity.CommentAnswered;
import org.tori.notifications.control.Notifier;
import org.tori.notifications.control.Recipients;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.Notice;

/**
 * Tells a commenter of an open requirements consultation that staff answered them, inside the
 * answering transaction as the other observers do: if the answer rolls back, no mail is promised.
 */
@ApplicationScoped
public class ConsultationNotifications {

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    Accounts accounts;

    public void answered(@Observes CommentAnswered answered) {
        if (answered.authorId() == answered.answeredBy()) {
            return;
        }
        var space = recipients.space(answered.spaceId()).orElse(null);
        if (space == null) {
            return;
        }
        var link = notifier.link("/spaces/space?id=" + space.id() + "#remark-" + answered.commentId());
        var values = new HashMap<String, Object>();
        values.put("spaceTitle", space.title());
        values.put(
                "authorName",
                accounts.find(answered.answeredBy()).map(AccountSummary::name).orElse(""));
        values.put("reply", answered.answer() == null ? "" : answered.answer());
        values.put("link", link);
        notifier.deliver(new Notice(
                answered.authorId(),
                Category.COMMUNITY,
                "consultation-answer",
                space.title(),
                values,
                answered.answer(),
                link,
                "consultation-answer:" + answered.commentId()));
    }
}
