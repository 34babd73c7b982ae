package org.tori.roadmap.entity;

import java.time.LocalDate;
import org.tori.knowledge.entity.Visibility;

/** A milestone of an item became public: the item's followers hear of it, inside the publishing transaction. */
public record MilestonePublished(
        Long itemId,
        String itemTitle,
        Visibility visibility,
        Long milestoneId,
        String title,
        String body,
        LocalDate dueOn,
        boolean reached) {}
