package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.TreeSet;
import org.tori.news.entity.NewsPublished;
import org.tori.notifications.control.NotificationStore;
import org.tori.notifications.control.Notifier;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.FollowKind;
import org.tori.notifications.entity.Notice;

/**
 * Tells the followers of a published news item's themes about it, each once and as they chose for
 * the news category, inside the publishing transaction: if publishing rolls back, nobody hears of it.
 */
@ApplicationScoped
public class NewsNotifications {

    @Inject
    Notifier notifier;

    @Inject
    NotificationStore store;

    public void published(@Observes NewsPublished news) {
        var link = notifier.link("/news/item?id=" + news.newsId());
        var values = new HashMap<String, Object>();
        values.put("newsTitle", news.title());
        values.put("newsLead", news.lead());
        values.put("link", link);
        var followers = new TreeSet<Long>();
        for (var theme : news.themes()) {
            followers.addAll(store.followers(FollowKind.THEME, theme));
        }
        for (long follower : followers) {
            notifier.deliver(new Notice(
                    follower,
                    Category.NEWS,
                    "news-published",
                    news.title(),
                    values,
                    news.lead(),
                    link,
                    "news:" + news.newsId() + ":" + follower));
        }
    }
}
