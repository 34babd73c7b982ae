package org.tori.livinglabs.boundary;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.tori.platform.faces.Page;

/** Dates of the lab pages as people in Finland read and type them. */
final class LabTime {

    static final ZoneId CITY_TIME = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private LabTime() {
    }

    static String when(OffsetDateTime moment) {
        return moment == null ? "" : WHEN.format(moment.atZoneSameInstant(CITY_TIME));
    }

    static String input(OffsetDateTime moment) {
        return moment == null ? "" : INPUT.format(moment.atZoneSameInstant(CITY_TIME));
    }

    /** A datetime-local field, read in Finnish time; null when empty or unreadable. */
    static OffsetDateTime moment(String name) {
        var raw = Page.param(name);
        try {
            return raw == null ? null : LocalDateTime.parse(raw).atZone(CITY_TIME).toOffsetDateTime();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
