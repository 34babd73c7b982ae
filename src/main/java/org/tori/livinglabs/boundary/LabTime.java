package org.tori.livinglabs.boundary;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.tori.platform.faces.Page;
import org.tori.platform.time.ProgramTime;

/** Dates of the lab pages as people read and type them, on the program's clock. */
final class LabTime {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private LabTime() {}

    static String when(OffsetDateTime moment) {
        return moment == null ? "" : WHEN.format(ProgramTime.localOf(moment));
    }

    static String input(OffsetDateTime moment) {
        return moment == null ? "" : INPUT.format(ProgramTime.localOf(moment));
    }

    /** A datetime-local field, read in Finnish time; null when empty or unreadable. */
    static OffsetDateTime moment(String name) {
        var raw = Page.param(name);
        try {
            return raw == null ? null : ProgramTime.at(LocalDateTime.parse(raw));
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
