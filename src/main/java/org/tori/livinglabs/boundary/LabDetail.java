package org.tori.livinglabs.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A lab as anyone may read it, with the caller's own standing when signed in: {@code status} is
 * TESTER, WAITING or null, {@code waitingPosition} counts from 1.
 */
public record LabDetail(
        long spaceId,
        String title,
        String phase,
        String prototype,
        String location,
        String learningGoals,
        String testerProfile,
        int capacity,
        int testers,
        int waiting,
        List<String> questions,
        OffsetDateTime windowOpens,
        OffsetDateTime windowCloses,
        boolean takesSignups,
        boolean takesFeedback,
        String status,
        int waitingPosition,
        boolean mayManage,
        String returnNote,
        String summaryHtml) {}
