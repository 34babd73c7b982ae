package org.tori.livinglabs.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.tori.platform.DomainException;
import org.tori.platform.faces.PlainForm;
import org.tori.platform.i18n.Texts;

/**
 * What the lab pages share: plain HTML forms handled in a view action (stateless, never expiring),
 * a redirect with the outcome as a kept message, dates as people in Finland read and type them.
 */
final class LabPage {

    static final ZoneId CITY_TIME = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private LabPage() {
    }

    static FacesContext faces() {
        return PlainForm.faces();
    }

    static String param(String name) {
        return PlainForm.param(name);
    }

    static boolean posted() {
        return PlainForm.posted();
    }

    static long id(String name) {
        try {
            var raw = param(name);
            return raw == null ? 0 : Long.parseLong(raw);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    static void message(FacesMessage.Severity severity, String key, Object... args) {
        var text = Texts.get(faces().getViewRoot().getLocale(), key, args);
        faces().addMessage(null, new FacesMessage(severity, text, text));
    }

    static void refused(DomainException e) {
        message(FacesMessage.SEVERITY_ERROR, e.key());
    }

    /** Redirects, keeping the page's messages for the next one. */
    static void redirect(String path) throws IOException {
        var external = faces().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + path);
        faces().responseComplete();
    }

    static void notFound() throws IOException {
        status(404);
    }

    static void status(int code) throws IOException {
        PlainForm.status(code);
    }

    static String when(OffsetDateTime moment) {
        return moment == null ? "" : WHEN.format(moment.atZoneSameInstant(CITY_TIME));
    }

    static String input(OffsetDateTime moment) {
        return moment == null ? "" : INPUT.format(moment.atZoneSameInstant(CITY_TIME));
    }

    /** A datetime-local field, read in Finnish time; null when empty or unreadable. */
    static OffsetDateTime moment(String name) {
        var raw = param(name);
        try {
            return raw == null ? null : LocalDateTime.parse(raw).atZone(CITY_TIME).toOffsetDateTime();
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }
}
