package org.tori.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.events.control.ICalendar;
import org.tori.platform.i18n.Texts;
import org.tori.spaces.boundary.SpaceFilter;
import org.tori.spaces.boundary.SpaceSummary;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * The iCalendar feed of the calendar: its events and every public space's dates (opens, submission
 * deadline, results), all of them or those of one theme or value stream.
 */
@ApplicationScoped
public class CalendarFeed {

    private static final int PAGE = 100;
    private static final int MAX_PAGES = 50;

    @Inject
    Events events;

    @Inject
    Spaces spaces;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    String baseUrl;

    public String ics(Theme theme, ValueStream stream, Locale locale) {
        var items = new ArrayList<ICalendar.Item>();
        for (var e : events.all(theme, stream)) {
            items.add(item(e, locale));
        }
        for (var s : publicSpaces(theme, stream)) {
            items.addAll(dates(s, locale));
        }
        var name = Texts.get(locale, "events.feed.name")
                + (theme == null ? "" : " · " + Texts.get(locale, "theme." + theme))
                + (stream == null ? "" : " · " + Texts.get(locale, "stream." + stream));
        return ICalendar.of(name, Texts.get(locale, "events.feed.description"), items);
    }

    private ICalendar.Item item(EventRow e, Locale locale) {
        var description = new StringBuilder(e.summary() == null ? "" : e.summary());
        if (e.organisations() != null) {
            description
                    .append("\n")
                    .append(Texts.get(locale, "events.organisations"))
                    .append(": ")
                    .append(e.organisations());
        }
        if (e.registrationLink() != null) {
            description
                    .append("\n")
                    .append(Texts.get(locale, "events.registration"))
                    .append(": ")
                    .append(e.registrationLink());
        }
        if (e.onlineLink() != null) {
            description
                    .append("\n")
                    .append(Texts.get(locale, "events.online"))
                    .append(": ")
                    .append(e.onlineLink());
        }
        var categories = new ArrayList<String>();
        categories.add(Texts.get(locale, "events.kind." + e.kind()));
        e.themes().forEach(t -> categories.add(Texts.get(locale, "theme." + t)));
        return new ICalendar.Item(
                "event-" + e.id() + "@" + host(),
                e.title(),
                description.toString().strip(),
                e.startsAt(),
                e.endsAt(),
                e.place() != null ? e.place() : e.onlineLink(),
                base() + "/events/event?id=" + e.id(),
                categories,
                e.updatedAt());
    }

    private List<ICalendar.Item> dates(SpaceSummary s, Locale locale) {
        var items = new ArrayList<ICalendar.Item>();
        var link = base() + "/spaces/space?id=" + s.id();
        var stamp = s.opensAt() != null ? s.opensAt() : OffsetDateTime.parse("2017-01-01T00:00:00Z");
        add(items, s, "opens", s.opensAt(), link, stamp, locale);
        add(items, s, "deadline", s.submissionDeadline(), link, stamp, locale);
        add(items, s, "results", s.resultsAt(), link, stamp, locale);
        return items;
    }

    private void add(
            List<ICalendar.Item> items,
            SpaceSummary s,
            String what,
            OffsetDateTime at,
            String link,
            OffsetDateTime stamp,
            Locale locale) {
        if (at == null) {
            return;
        }
        items.add(new ICalendar.Item(
                "space-" + s.id() + "-" + what + "@" + host(),
                Texts.get(locale, "events.space." + what, s.title()),
                s.summary(),
                at,
                null,
                s.place(),
                link,
                List.of(Texts.get(locale, "events.space.category")),
                stamp));
    }

    private List<SpaceSummary> publicSpaces(Theme theme, ValueStream stream) {
        var filter = new SpaceFilter(null, null, theme, null, stream, null);
        var all = new ArrayList<SpaceSummary>();
        for (int page = 0; page < MAX_PAGES; page++) {
            var result = spaces.list(filter, page, PAGE, null);
            all.addAll(result.items());
            if (page + 1 >= result.pages()) {
                break;
            }
        }
        return all;
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }

    private String host() {
        return URI.create(base()).getHost();
    }
}
