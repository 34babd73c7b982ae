package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.citytocity.entity.LearningPosted;
import org.tori.notifications.control.Notifier;
import org.tori.notifications.control.Recipients;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.Notice;

/**
 * Tells the other member cities of a city-to-city space that a city posted a learning, inside the
 * posting transaction: the mails go through the outbox only if the learning is kept. A network has
 * a handful of cities, so one batch of participants is all of them.
 */
@ApplicationScoped
public class CityToCityNotifications {

    private static final int EXCERPT = 600;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    Accounts accounts;

    public void learningPosted(@Observes LearningPosted posted) {
        var space = recipients.space(posted.spaceId()).orElse(null);
        if (space == null) {
            return;
        }
        var link = notifier.link("/spaces/space?id=" + space.id() + "#learning-" + posted.learningId());
        var author = accounts.find(posted.authorId()).map(AccountSummary::name).orElse("");
        var excerpt =
                posted.excerpt().length() > EXCERPT ? posted.excerpt().substring(0, EXCERPT) + "…" : posted.excerpt();
        for (var member : recipients.participants(posted.spaceId(), 0)) {
            var city = accounts.find(member).map(AccountSummary::city).orElse(null);
            if (member == posted.authorId() || (city != null && city.equalsIgnoreCase(posted.city()))) {
                continue;
            }
            var values = new HashMap<String, Object>();
            values.put("spaceTitle", space.title());
            values.put("authorName", author);
            values.put("partner", posted.city() == null ? "" : posted.city());
            values.put("entryTitle", posted.topicTitle());
            values.put("reply", excerpt);
            values.put("link", link);
            notifier.deliver(new Notice(
                    member,
                    Category.COMMUNITY,
                    "city-learning",
                    space.title(),
                    values,
                    excerpt,
                    link,
                    "city-learning:" + posted.learningId() + ":" + member));
        }
    }
}
