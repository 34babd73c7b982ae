package org.tori.events.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.entity.Theme;

class CalendarEventTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-01T10:00:00+02:00");
    private static final LocalDateTime START = LocalDateTime.parse("2026-12-01T18:00");

    private static EventDetails details(String place, String online, LocalDateTime end) {
        return new EventDetails(
                "Demo day",
                EventKind.DEMO_DAY,
                null,
                "",
                START,
                end,
                place,
                online,
                "en",
                null,
                "Acme Oy",
                Set.of(Theme.PEOPLE),
                Set.of(),
                Set.of());
    }

    @Test
    void anEventNeedsAPlaceOrALink() {
        var e = assertThrows(DomainException.class, () -> new CalendarEvent(details(null, " ", null), 1, NOW));
        assertEquals("event.where.required", e.key());
        assertEquals("place", e.field());
    }

    @Test
    void anEventCannotEndBeforeItStarts() {
        var e = assertThrows(
                DomainException.class, () -> new CalendarEvent(details("Hall", null, START.minusHours(1)), 1, NOW));
        assertEquals("endsAt", e.field());
    }

    @Test
    void onlyWebAddressesAreLinks() {
        var e = assertThrows(
                DomainException.class, () -> new CalendarEvent(details(null, "javascript:alert(1)", null), 1, NOW));
        assertEquals("onlineLink", e.field());
    }

    @Test
    void withoutAnEndTheEventLastsAnHourAndIsHostedByTheProgramme() {
        var event = new CalendarEvent(details("Hall", null, null), 1, NOW);
        assertEquals(event.getStartsAt().plusHours(1), event.getEndsAt());
        assertEquals(Participation.HOSTED, event.getParticipation());
        assertEquals(
                START, event.getStartsAt().atZoneSameInstant(ProgramTime.zone()).toLocalDateTime());
    }
}
