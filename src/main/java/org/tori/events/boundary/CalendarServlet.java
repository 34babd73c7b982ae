package org.tori.events.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * {@code /events/calendar.ics}: the calendar for subscribing, {@code ?theme=} or {@code ?stream=}
 * narrows it, {@code ?lang=} chooses the language of its words; an unknown name answers 400.
 */
@WebServlet("/events/calendar.ics")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFeed feed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Theme> theme;
        Optional<ValueStream> stream;
        try {
            theme = choice(Theme.class, request.getParameter("theme"));
            stream = choice(ValueStream.class, request.getParameter("stream"));
        } catch (IllegalArgumentException unknown) {
            response.sendError(400);
            return;
        }
        var lang = request.getParameter("lang");
        var locale = lang != null && lang.matches("fi|sv|en") ? Locale.forLanguageTag(lang) : Locale.ENGLISH;
        var body = feed.ics(theme.orElse(null), stream.orElse(null), locale);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"tori-events.ics\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(raw.strip()))
                .findFirst()
                .orElseThrow(IllegalArgumentException::new));
    }
}
