package org.tori.roadmap.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A milestone as pages and feeds show it, with the item it belongs to. */
public record MilestoneRow(
        long id,
        long itemId,
        String itemTitle,
        String title,
        String body,
        LocalDate dueOn,
        boolean reached,
        Integer progress,
        OffsetDateTime publishedAt) {

    public boolean isPublished() {
        return publishedAt != null;
    }
}
