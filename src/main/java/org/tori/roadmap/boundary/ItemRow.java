package org.tori.roadmap.boundary;

import java.time.LocalDate;
import java.util.List;

/** One item as lists, the tree and open data show it; {@code depth} is its level in the tree shown. */
public record ItemRow(
        long id,
        Long parentId,
        String title,
        String summary,
        String statusCode,
        String statusName,
        int progress,
        String city,
        String owner,
        LocalDate startsOn,
        LocalDate plannedEnd,
        LocalDate endedOn,
        List<String> valueStreams,
        List<String> themes,
        String visibility,
        int depth) {}
