package org.tori.opendata.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.events.boundary.CalendarFeed;
import org.tori.events.boundary.EventRow;
import org.tori.events.boundary.Events;
import org.tori.opendata.control.Csv;
import org.tori.opendata.control.Representations;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.ValueStream;

/**
 * The events calendar as open data: {@code events} (JSON), {@code events.csv} and {@code events.ics}
 * (iCalendar with the public spaces' dates), all of them or those of one theme or value stream.
 */
@Path("open/{file: events|events\\.csv|events\\.ics}")
@Tag(name = "Open data", description = "Public data under CC BY 4.0: JSON pages, CSV, Atom feeds, conditional GET")
public class OpenEventsResource {

    static final String ICS = "text/calendar; charset=UTF-8";

    /** An event as open data. */
    public record OpenEvent(
            long id,
            String url,
            String title,
            String kind,
            String participation,
            String summary,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            String onlineLink,
            String language,
            String registrationLink,
            String organisations,
            List<String> themes,
            List<String> valueStreams,
            List<Long> spaceIds) {}

    @Inject
    Events events;

    @Inject
    CalendarFeed feed;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    String baseUrl;

    @Context
    Request request;

    @GET
    @Produces({OpenDataResource.JSON, OpenDataResource.CSV, ICS})
    @Operation(
            summary = "Events of the programme's calendar, oldest first: events (JSON), events.csv or events.ics"
                    + " (iCalendar, with the public spaces' dates); theme or stream narrows them")
    public Response events(
            @PathParam("file") String file, @QueryParam("theme") String theme, @QueryParam("stream") String stream) {
        var t = OpenNewsResource.theme(theme);
        var s = stream(stream);
        if (file.equals("events.ics")) {
            return Representations.answer(request, feed.ics(t, s, Locale.ENGLISH), ICS, null);
        }
        var items = events.all(t, s).stream().map(this::open).toList();
        var changed = events.all(t, s).stream()
                .map(EventRow::updatedAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (file.equals("events.csv")) {
            var csv = new Csv(List.of(
                    "id",
                    "url",
                    "title",
                    "kind",
                    "participation",
                    "starts_at",
                    "ends_at",
                    "place",
                    "online_link",
                    "language",
                    "registration_link",
                    "organisations",
                    "themes",
                    "value_streams",
                    "space_ids"));
            items.forEach(e -> csv.row(
                    e.id(),
                    e.url(),
                    e.title(),
                    e.kind(),
                    e.participation(),
                    e.startsAt(),
                    e.endsAt(),
                    e.place(),
                    e.onlineLink(),
                    e.language(),
                    e.registrationLink(),
                    e.organisations(),
                    String.join(" ", e.themes()),
                    String.join(" ", e.valueStreams()),
                    String.join(" ", e.spaceIds().stream().map(String::valueOf).toList())));
            return Representations.answer(request, csv.toString(), OpenDataResource.CSV, changed);
        }
        return Representations.answer(
                request,
                Representations.json(OpenPage.of(items, 0, Math.max(1, items.size()))),
                OpenDataResource.JSON,
                changed);
    }

    private OpenEvent open(EventRow e) {
        return new OpenEvent(
                e.id(),
                baseUrl.replaceAll("/+$", "") + "/events/event?id=" + e.id(),
                e.title(),
                e.kind(),
                e.participation(),
                e.summary(),
                e.startsAt(),
                e.endsAt(),
                e.place(),
                e.onlineLink(),
                e.language(),
                e.registrationLink(),
                e.organisations(),
                e.themes(),
                e.valueStreams(),
                e.spaceIds());
    }

    private static ValueStream stream(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Arrays.stream(ValueStream.values())
                .filter(v -> v.name().equalsIgnoreCase(raw.strip()))
                .findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "story.filter.unknown", "stream"));
    }
}
