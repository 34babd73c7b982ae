package org.tori.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgramTimeTest {

    @Test
    void aDateEnteredComesBackTheSameAfterTheDatabaseHandsItBackInUtc() {
        var entered = LocalDate.of(2026, 12, 7);
        var stored = ProgramTime.startOf(entered).withOffsetSameInstant(ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 12, 6), stored.toLocalDate(), "UTC's wall clock is still on the day before");
        assertEquals(entered, ProgramTime.dateOf(stored));
        assertEquals("2026-12-07", ProgramTime.isoDate(stored), "mails print the program's date");
    }

    @Test
    void aClosingDayIsTheWholeDayInSummerAndWinter() {
        for (var day : new LocalDate[] {LocalDate.of(2027, 1, 15), LocalDate.of(2027, 7, 15)}) {
            var closes = ProgramTime.closingOf(day).withOffsetSameInstant(ZoneOffset.UTC);
            assertEquals(day, ProgramTime.dateOf(closes));
            assertEquals(LocalDateTime.of(day, ProgramTime.CLOSING_TIME), ProgramTime.localOf(closes));
        }
    }

    @Test
    void todayFollowsTheProgramsMidnightNotUtcs() {
        var lateEveningUtc = Clock.fixed(Instant.parse("2026-12-31T22:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2027, 1, 1), ProgramTime.today(lateEveningUtc));
        assertEquals(
                2027, ProgramTime.dateOf(OffsetDateTime.now(lateEveningUtc)).getYear());
    }

    @Test
    void theSettingIsAZoneOrTheDefault() {
        assertEquals(ProgramTime.DEFAULT_ZONE, ProgramTime.parse(null));
        assertEquals(ProgramTime.DEFAULT_ZONE, ProgramTime.parse(" "));
        assertEquals(ZoneId.of("Europe/Stockholm"), ProgramTime.parse("Europe/Stockholm"));
        assertThrows(IllegalStateException.class, () -> ProgramTime.parse("Mars/Olympus"));
    }

    @Test
    void nothingStaysNothing() {
        assertEquals(null, ProgramTime.dateOf(null));
        assertEquals(null, ProgramTime.startOf(null));
        assertEquals("", ProgramTime.isoDate(null));
    }
}
