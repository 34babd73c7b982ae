package org.tori.spaces.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/** A comment in staff's moderation queue, with the reasons members gave for reporting it. */
public record ReportedComment(
        long id,
        long spaceId,
        String spaceTitle,
        String author,
        String body,
        OffsetDateTime createdAt,
        int openReports,
        List<String> reasons) {}
