package org.tori.stories.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.stories.entity.Indicator;
import org.tori.stories.entity.Story;

/** A story as lists, feeds and the open API show it. No personal data. */
public record StorySummary(
        long id,
        String title,
        String lead,
        String status,
        String city,
        String partners,
        List<String> themes,
        String valueStream,
        List<String> impacts,
        OffsetDateTime publishedAt,
        OffsetDateTime publishAt,
        OffsetDateTime updatedAt)
        implements Serializable {

    static StorySummary of(Story s) {
        return new StorySummary(
                s.getId(),
                s.getTitle(),
                s.getLead(),
                s.getStatus().name(),
                s.getCity(),
                s.getPartners(),
                s.getThemes().stream().map(Enum::name).sorted().toList(),
                s.getValueStream() == null ? null : s.getValueStream().name(),
                s.getIndicators().stream()
                        .map(Indicator::getImpact)
                        .distinct()
                        .map(Enum::name)
                        .sorted()
                        .toList(),
                s.getPublishedAt(),
                s.getPublishAt(),
                s.getUpdatedAt());
    }
}
