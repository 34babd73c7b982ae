package org.tori.events.entity;

import java.time.LocalDateTime;
import java.util.Set;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * What staff say about an event. Start and end are read on the program's wall clock; organisations
 * are named as free text until organisations have pages of their own.
 */
public record EventDetails(
        String title,
        EventKind kind,
        Participation participation,
        String summary,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        String onlineLink,
        String language,
        String registrationLink,
        String organisations,
        Set<Theme> themes,
        Set<ValueStream> valueStreams,
        Set<Long> spaceIds) {

    public EventDetails {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        valueStreams = valueStreams == null ? Set.of() : Set.copyOf(valueStreams);
        spaceIds = spaceIds == null ? Set.of() : Set.copyOf(spaceIds);
    }
}
