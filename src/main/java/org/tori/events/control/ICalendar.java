package org.tori.events.control;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * An iCalendar (RFC 5545) document: CRLF line ends, content lines folded at 75 octets without
 * splitting a character, text values escaped, a stable UID and DTSTAMP per event and every time in
 * UTC, so that no time zone definition is needed and calendar programs show each on their own clock.
 */
public final class ICalendar {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /**
     * One VEVENT. Without an end the event is a moment (a deadline); {@code stamp} is when its
     * information last changed, so the document stays the same while nothing changes.
     */
    public record Item(
            String uid,
            String summary,
            String description,
            OffsetDateTime start,
            OffsetDateTime end,
            String location,
            String url,
            List<String> categories,
            OffsetDateTime stamp) {

        public Item {
            Objects.requireNonNull(uid);
            Objects.requireNonNull(start);
            Objects.requireNonNull(stamp);
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    private final StringBuilder out = new StringBuilder();

    private ICalendar() {}

    /** The whole calendar; {@code name} is what calendar programs show as its title. */
    public static String of(String name, String description, List<Item> items) {
        var ics = new ICalendar();
        ics.line("BEGIN:VCALENDAR");
        ics.line("VERSION:2.0");
        ics.line("PRODID:-//Tori//Events calendar//EN");
        ics.line("CALSCALE:GREGORIAN");
        ics.line("METHOD:PUBLISH");
        ics.line("X-WR-CALNAME:" + text(name));
        if (description != null) {
            ics.line("X-WR-CALDESC:" + text(description));
        }
        for (var item : items) {
            ics.event(item);
        }
        ics.line("END:VCALENDAR");
        return ics.out.toString();
    }

    private void event(Item e) {
        line("BEGIN:VEVENT");
        line("UID:" + text(e.uid()));
        line("DTSTAMP:" + utc(e.stamp()));
        line("DTSTART:" + utc(e.start()));
        if (e.end() != null && e.end().isAfter(e.start())) {
            line("DTEND:" + utc(e.end()));
        }
        line("SUMMARY:" + text(e.summary()));
        if (e.description() != null && !e.description().isBlank()) {
            line("DESCRIPTION:" + text(e.description()));
        }
        if (e.location() != null && !e.location().isBlank()) {
            line("LOCATION:" + text(e.location()));
        }
        if (e.url() != null && !e.url().isBlank()) {
            line("URL:" + e.url().replaceAll("[\\s\\p{Cntrl}]", ""));
        }
        if (!e.categories().isEmpty()) {
            line("CATEGORIES:"
                    + String.join(
                            ",", e.categories().stream().map(ICalendar::text).toList()));
        }
        line("END:VEVENT");
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped, other control characters dropped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\n")
                .replace("\r", "\n")
                .replace("\n", "\\n")
                .replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /** Writes a content line folded so that no line exceeds 75 octets; a continuation starts with a space. */
    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
