package org.tori.roadmap.boundary;

import java.time.LocalDate;
import java.util.List;

/** A whole portfolio review: every item it looked at that the reader may read, with the decision and its reason. */
public record ReviewPage(long id, LocalDate heldOn, String title, List<Row> rows, long counted) {

    /** One item as the review found it and what was decided. */
    public record Row(
            long itemId,
            String itemTitle,
            String statusCode,
            String statusName,
            int progress,
            String decision,
            String reason,
            boolean asksForLesson) {}

    /** A review in the list of reviews. */
    public record Summary(long id, LocalDate heldOn, String title, int decisions) {}
}
