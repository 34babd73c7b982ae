package org.tori.pilots.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A pilot as open data: no people, no item owners nor evidence, only the partner organisation, the
 * origin, the stage and the readiness scores (percent, null when nothing counts).
 */
public record OpenPilot(
        long id,
        String title,
        String originKind,
        String originLink,
        String partner,
        String stage,
        LocalDate startsOn,
        int checklistVersion,
        Integer readinessPercent,
        List<Integer> sectionPercents,
        boolean recordComplete,
        String decision,
        Long lessonId,
        Long storyId,
        String page) {}
