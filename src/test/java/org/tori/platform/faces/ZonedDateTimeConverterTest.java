package org.tori.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class ZonedDateTimeConverterTest {

    private static final DateTimeFormatter PAGE = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");

    @Test
    void anInstantFromTheDatabaseIsShownOnTheProgramsClock() {
        var opensInUtc = OffsetDateTime.parse("2026-12-06T22:00:00Z");
        assertEquals("7.12.2026 00.00", PAGE.format((OffsetDateTime) ZonedDateTimeConverter.inProgramZone(opensInUtc)));
        var commentInSummer = OffsetDateTime.parse("2027-06-30T21:15:00Z");
        assertEquals(
                "1.7.2027 00.15", PAGE.format((OffsetDateTime) ZonedDateTimeConverter.inProgramZone(commentInSummer)));
    }

    @Test
    void aLocalDateIsNotMoved() {
        var day = LocalDate.of(2026, 12, 7);
        assertEquals(day, ZonedDateTimeConverter.inProgramZone(day));
    }
}
