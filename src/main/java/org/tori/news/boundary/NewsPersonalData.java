package org.tori.news.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** The news items and media hits a staff member wrote down. */
@ApplicationScoped
@Transactional
public class NewsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "news";
    }

    @Override
    public Set<String> covers() {
        return Set.of("news_item.created_by", "media_hit.created_by");
    }

    @Override
    public Object of(long accountId) {
        return Map.of(
                "items",
                PersonalRows.of(
                        em,
                        "SELECT id, title, status, created_at FROM news_item WHERE created_by = ?1 ORDER BY id",
                        accountId,
                        "id",
                        "title",
                        "status",
                        "createdAt"),
                "mediaHits",
                PersonalRows.of(
                        em,
                        "SELECT id, news_id, outlet, appeared_on, created_at FROM media_hit WHERE created_by = ?1 ORDER BY id",
                        accountId,
                        "id",
                        "newsId",
                        "outlet",
                        "appearedOn",
                        "createdAt"));
    }
}
