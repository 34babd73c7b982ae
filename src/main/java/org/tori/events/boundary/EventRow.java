package org.tori.events.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.tori.events.entity.CalendarEvent;

/** An event as pages, feeds and open data show it. No personal data. */
public record EventRow(
        long id,
        String title,
        String kind,
        String participation,
        String summary,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        String onlineLink,
        String language,
        String registrationLink,
        String organisations,
        List<String> themes,
        List<String> valueStreams,
        List<Long> spaceIds,
        OffsetDateTime updatedAt) {

    static EventRow of(CalendarEvent e) {
        return new EventRow(
                e.getId(),
                e.getTitle(),
                e.getKind().name(),
                e.getParticipation().name(),
                e.getSummary(),
                e.getStartsAt(),
                e.getEndsAt(),
                e.getPlace(),
                e.getOnlineLink(),
                e.getLanguage(),
                e.getRegistrationLink(),
                e.getOrganisations(),
                e.getThemes().stream().map(Enum::name).sorted().toList(),
                e.getValueStreams().stream().map(Enum::name).sorted().toList(),
                e.getSpaceIds().stream().sorted().toList(),
                e.getUpdatedAt());
    }
}
