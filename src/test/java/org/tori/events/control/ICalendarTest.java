package org.tori.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar text read back by ical4j: valid, folded, escaped, with the space's deadline as an event. */
class ICalendarTest {

    private static final OffsetDateTime STAMP = OffsetDateTime.parse("2026-11-01T08:00:00+02:00");
    private static final String LONG_TITLE = "Älykäs satama – hackathonin aloitus, jossa kumppanit; tutkijat, "
            + "ja kaupunkilaiset ratkovat yhdessä sataman liikenteen haasteita \\ kaikki tervetulleita";

    private static String document() {
        return ICalendar.of(
                "Tori events",
                "Events, and spaces' dates",
                List.of(
                        new ICalendar.Item(
                                "event-1@tori.example",
                                LONG_TITLE,
                                "Line one\nLine two, with a comma; and a semicolon",
                                OffsetDateTime.parse("2026-12-01T18:00:00+02:00"),
                                OffsetDateTime.parse("2026-12-01T21:00:00+02:00"),
                                "Tampere Hall, Yliopistonkatu 55",
                                "https://tori.example/events/event?id=1",
                                List.of("Hackathon kick-off", "People"),
                                STAMP),
                        new ICalendar.Item(
                                "space-7-deadline@tori.example",
                                "Submissions close: Harbour hackathon",
                                null,
                                OffsetDateTime.parse("2026-12-15T23:59:00+02:00"),
                                null,
                                null,
                                "https://tori.example/spaces/space?id=7",
                                List.of("Space"),
                                STAMP)));
    }

    private static Calendar parsed() throws Exception {
        var calendar = new CalendarBuilder().build(new StringReader(document()));
        calendar.validate();
        return calendar;
    }

    @Test
    void aParserReadsTheCalendarAndFindsItValid() throws Exception {
        var calendar = parsed();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        for (var event : events) {
            event.validate();
        }
    }

    @Test
    void textComesBackAsWrittenAfterEscapingAndFolding() throws Exception {
        List<VEvent> events = parsed().getComponents(Component.VEVENT);
        var first = events.get(0);
        assertEquals(LONG_TITLE, first.getSummary().get().getValue());
        assertEquals(
                "Line one\nLine two, with a comma; and a semicolon",
                first.getDescription().get().getValue());
        assertEquals(
                "Tampere Hall, Yliopistonkatu 55", first.getLocation().get().getValue());
        assertEquals("event-1@tori.example", first.getUid().get().getValue());
    }

    @Test
    void everyLineEndsWithCrlfAndHoldsAtMost75Octets() {
        var text = document();
        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare line feeds");
        for (var line : text.split("\r\n")) {
            assertTrue(
                    line.getBytes(StandardCharsets.UTF_8).length <= 75,
                    "too long: " + line.getBytes(StandardCharsets.UTF_8).length + " " + line);
        }
        assertTrue(text.contains("\r\n "), "the long title is folded");
    }

    @Test
    void foldingNeverSplitsACharacter() {
        var text = document();
        var unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + ICalendar.text(LONG_TITLE)));
        assertEquals(text, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void timesAreInUtcAndEveryEventHasUidAndStamp() {
        var text = document();
        assertTrue(text.contains("DTSTART:20261201T160000Z"));
        assertTrue(text.contains("DTEND:20261201T190000Z"));
        assertTrue(text.contains("DTSTAMP:20261101T060000Z"));
        assertEquals(2, text.split("UID:", -1).length - 1);
    }

    @Test
    void aSpaceDeadlineIsAnEventOfItsOwnAtTheClosingMoment() throws Exception {
        List<VEvent> events = parsed().getComponents(Component.VEVENT);
        var deadline = events.stream()
                .filter(e -> e.getUid().get().getValue().equals("space-7-deadline@tori.example"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Submissions close: Harbour hackathon",
                deadline.getSummary().get().getValue());
        assertEquals("20261215T215900Z", deadline.getProperty("DTSTART").get().getValue());
    }

    @Test
    void escapingCoversBackslashSemicolonCommaAndNewline() {
        assertEquals("a\\\\b\\;c\\,d\\ne", ICalendar.text("a\\b;c,d\r\ne"));
        assertEquals("bell", ICalendar.text("be\u0007ll"));
    }
}
