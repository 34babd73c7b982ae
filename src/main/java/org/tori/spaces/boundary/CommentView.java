package org.tori.spaces.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A comment as a reader sees it: a hidden one shows the moderator's reason instead of its text
 * (staff still see the text). Reports are counted for staff only; {@code mine} and {@code reportedByYou}
 * are about the member reading.
 */
public record CommentView(
        long id,
        String author,
        String body,
        OffsetDateTime createdAt,
        boolean hidden,
        String hiddenReason,
        Integer reports,
        boolean mine,
        boolean reportedByYou,
        List<CommentView> replies) {}
