package org.tori.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Texts;

/**
 * The one way pages read their request, refuse and move on. Parameters are read typed: a malformed
 * one (letters for an id, an unknown choice, markup) ends the page with 400, a missing required
 * one with 404, never with 500. A domain refusal becomes a message next to its field (or at the top)
 * in the visitor's language while the page keeps what was typed; a success keeps its message over a
 * redirect (post, redirect, get).
 */
public final class Page {

    /** A request parameter the page cannot read; {@link DomainExceptionHandler} answers it with its status. */
    public static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        BadParameter(String name, int status) {
            super("request parameter " + name);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private static final int MAX_ID_DIGITS = 18;
    private static final String TYPED = "org.tori.typed";

    private Page() {}

    public static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    /** A request parameter without surrounding blanks; null when missing or blank. */
    public static String param(String name) {
        var value = faces().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Every value of a repeated parameter (a checkbox group), blanks left out. */
    public static List<String> params(String name) {
        var values = faces().getExternalContext().getRequestParameterValuesMap().get(name);
        return values == null
                ? List.of()
                : Arrays.stream(values)
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .toList();
    }

    /** Every value of a repeated field as sent, blanks included (rows of a table stay aligned). */
    public static String[] values(String name) {
        var values = faces().getExternalContext().getRequestParameterValuesMap().get(name);
        return values == null ? new String[0] : values;
    }

    public static boolean posted() {
        return "POST".equals(((HttpServletRequest) faces().getExternalContext().getRequest()).getMethod());
    }

    /** The id a page is about: missing or 0 → 404, not a number → 400. */
    public static long id(String name) {
        return optionalId(name).orElseThrow(() -> new BadParameter(name, 404));
    }

    /** An optional id (a form for a new thing has none): not a number → 400, 0 → 404. */
    public static Optional<Long> optionalId(String name) {
        var raw = param(name);
        if (raw == null) {
            return Optional.empty();
        }
        if (raw.length() > MAX_ID_DIGITS || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadParameter(name, 400);
        }
        long id = Long.parseLong(raw);
        if (id == 0) {
            throw new BadParameter(name, 404);
        }
        return Optional.of(id);
    }

    /** A whole number such as a year; missing → the fallback, malformed → 400. */
    public static int integer(String name, int fallback) {
        var raw = param(name);
        if (raw == null) {
            return fallback;
        }
        if (raw.length() > 9 || !raw.matches("-?\\d+")) {
            throw new BadParameter(name, 400);
        }
        return Integer.parseInt(raw);
    }

    /** One of an enum's names; missing → empty, an unknown name in the address → 400. */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String name) {
        var raw = param(name);
        if (raw == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(raw))
                .findFirst()
                .or(() -> {
                    throw new BadParameter(name, 400);
                });
    }

    /** The ticked boxes of a group; values that are no choice at all are refused with 400. */
    public static <E extends Enum<E>> Set<E> choices(Class<E> type, String name) {
        var set = EnumSet.noneOf(type);
        for (var raw : params(name)) {
            set.add(Arrays.stream(type.getEnumConstants())
                    .filter(e -> e.name().equals(raw))
                    .findFirst()
                    .orElseThrow(() -> new BadParameter(name, 400)));
        }
        return set;
    }

    /** The refusal as a message next to the field it names (or at the top), the page left as typed. */
    public static void refused(DomainException e) {
        DomainExceptionHandler.show(faces(), e);
    }

    public static void message(FacesMessage.Severity severity, String key, Object... args) {
        var text = Texts.get(faces().getViewRoot().getLocale(), key, args);
        faces().addMessage(null, new FacesMessage(severity, text, text));
    }

    public static void info(String key, Object... args) {
        message(FacesMessage.SEVERITY_INFO, key, args);
    }

    /** Success: the message goes with the redirect to the page that shows the result. */
    public static void done(String key, String path) throws IOException {
        info(key);
        redirect(path);
    }

    /** Redirects within the portal, keeping the page's messages for the next one. */
    public static void redirect(String path) throws IOException {
        var external = faces().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + path);
        faces().responseComplete();
    }

    /**
     * For a form posted to a page of its own that goes back with a redirect even when refused: the
     * fields typed travel along (in the flash) so the page shows them again with the reason.
     */
    public static void keepTyped(String... names) {
        var typed = new HashMap<String, String>();
        var posted = faces().getExternalContext().getRequestParameterMap();
        for (var name : names) {
            var value = posted.get(name);
            if (value != null) {
                typed.put(name, value);
            }
        }
        faces().getExternalContext().getFlash().put(TYPED, typed);
    }

    /** What {@link #keepTyped} kept of a field; empty when nothing was. */
    @SuppressWarnings("unchecked")
    public static String typed(String name) {
        var typed =
                (Map<String, String>) faces().getExternalContext().getFlash().get(TYPED);
        return typed == null ? "" : typed.getOrDefault(name, "");
    }

    public static void notFound() throws IOException {
        status(404);
    }

    /** Ends the page with an error status, which the container answers with its error page. */
    public static void status(int code) throws IOException {
        faces().getExternalContext().responseSendError(code, null);
        faces().responseComplete();
    }
}
