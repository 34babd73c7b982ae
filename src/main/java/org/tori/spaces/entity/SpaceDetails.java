package org.tori.spaces.entity;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/** What a space says about itself; the description is Markdown as its author wrote it. */
public record SpaceDetails(
        String title,
        String summary,
        String description,
        Set<Theme> themes,
        CityDomain domain,
        Set<ValueStream> valueStreams,
        String organiser,
        String city,
        String place,
        OffsetDateTime opensAt,
        OffsetDateTime submissionDeadline,
        OffsetDateTime resultsAt) {

    public SpaceDetails {
        Objects.requireNonNull(title);
        Objects.requireNonNull(summary);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        valueStreams = valueStreams == null ? Set.of() : Set.copyOf(valueStreams);
    }
}
