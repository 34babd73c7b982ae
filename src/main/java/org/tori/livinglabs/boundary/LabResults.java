package org.tori.livinglabs.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.tori.livinglabs.entity.QuestionResult;

/** What the company and staff see of a lab's feedback: per question figures and every comment. */
public record LabResults(
        long spaceId,
        String title,
        String phase,
        int testers,
        int feedbackCount,
        List<QuestionResult> questions,
        List<Comment> comments,
        String summarySource,
        String summaryHtml,
        OffsetDateTime summaryAt) {

    /** One tester's free text, sanitised; either part may be missing. */
    public record Comment(String workedHtml, String didNotHtml, OffsetDateTime givenAt) {}
}
