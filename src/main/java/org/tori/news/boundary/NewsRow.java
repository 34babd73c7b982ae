package org.tori.news.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.news.entity.NewsItem;

/** A news item as pages, feeds and open data show it. No personal data: the press contact is the office's. */
public record NewsRow(
        long id,
        String title,
        String lead,
        String body,
        String category,
        String partners,
        String pressContact,
        boolean image,
        String imageAlt,
        String status,
        List<String> themes,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt)
        implements Serializable {

    static NewsRow of(NewsItem n) {
        return new NewsRow(
                n.getId(),
                n.getTitle(),
                n.getLead(),
                n.getBody(),
                n.getCategory().name(),
                n.getPartners(),
                n.getPressContact(),
                n.getImageType() != null,
                n.getImageAlt(),
                n.getStatus().name(),
                n.getThemes().stream().map(Enum::name).sorted().toList(),
                n.getPublishedAt(),
                n.getUpdatedAt());
    }
}
