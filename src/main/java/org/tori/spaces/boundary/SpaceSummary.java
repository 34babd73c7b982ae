package org.tori.spaces.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.tori.spaces.entity.Space;

/** A space as the public list and the open API show it. No personal data. */
public record SpaceSummary(
        long id,
        String kind,
        String phase,
        String title,
        String summary,
        String domain,
        List<String> themes,
        List<String> valueStreams,
        String organiser,
        String city,
        String place,
        OffsetDateTime opensAt,
        OffsetDateTime submissionDeadline,
        OffsetDateTime resultsAt,
        int participants) {

    static SpaceSummary of(Space s) {
        return of(s, s.getParticipantCount());
    }

    /** With the participant count already known (the list counts a page's spaces in one query). */
    static SpaceSummary of(Space s, int participants) {
        return new SpaceSummary(
                s.getId(),
                s.getKind().name(),
                s.getPhase().name(),
                s.getTitle(),
                s.getSummary(),
                s.getDomain() == null ? null : s.getDomain().name(),
                s.getThemes().stream().map(Enum::name).sorted().toList(),
                s.getValueStreams().stream().map(Enum::name).sorted().toList(),
                s.getOrganiser(),
                s.getCity(),
                s.getPlace(),
                s.getOpensAt(),
                s.getSubmissionDeadline(),
                s.getResultsAt(),
                participants);
    }
}
