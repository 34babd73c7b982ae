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
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.news.boundary.News;
import org.tori.news.boundary.NewsRow;
import org.tori.opendata.control.Atom;
import org.tori.opendata.control.Csv;
import org.tori.opendata.control.Representations;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.Theme;

/**
 * Published news and media releases as open data: {@code news} (JSON), {@code news.csv} and
 * {@code news.atom}, all of them or those of one theme. The press contact is the office's, no person's.
 */
@Path("open/{file: news|news\\.csv|news\\.atom}")
@Tag(name = "Open data", description = "Public data under CC BY 4.0: JSON pages, CSV, Atom feeds, conditional GET")
public class OpenNewsResource {

    static final OffsetDateTime EPOCH = OffsetDateTime.parse("2017-01-01T00:00:00Z");
    private static final int MAX = 500;

    /** A news item as open data. */
    public record OpenNews(
            long id,
            String url,
            String title,
            String lead,
            String category,
            String partners,
            String pressContact,
            List<String> themes,
            OffsetDateTime publishedAt) {}

    @Inject
    News news;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    String baseUrl;

    @Context
    Request request;

    @GET
    @Produces({OpenDataResource.JSON, OpenDataResource.CSV, OpenDataResource.ATOM})
    @Operation(
            summary = "Published news and media releases, newest first: news (JSON), news.csv or news.atom;"
                    + " theme narrows them (PEOPLE, PLANET, PROSPERITY, GOVERNANCE, PROPAGATION)")
    public Response news(@PathParam("file") String file, @QueryParam("theme") String theme) {
        var items = news.published(theme(theme), MAX).stream().map(this::open).toList();
        var changed = items.stream()
                .map(OpenNews::publishedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return switch (file) {
            case "news.csv" -> Representations.answer(request, csv(items), OpenDataResource.CSV, changed);
            case "news.atom" -> Representations.answer(request, atom(items, base()), OpenDataResource.ATOM, changed);
            default ->
                Representations.answer(
                        request,
                        Representations.json(OpenPage.of(items, 0, Math.max(1, items.size()))),
                        OpenDataResource.JSON,
                        changed);
        };
    }

    /** The Atom feed of the newest published items, as {@code /news/feed.atom} serves it too. */
    static String atom(List<OpenNews> items, String base) {
        var entries = items.stream()
                .limit(50)
                .map(n -> new Atom.Entry(n.url(), n.title(), n.lead(), n.url(), n.publishedAt(), n.themes()))
                .toList();
        return Atom.feed(
                base + "/news/feed.atom",
                "Tori news",
                base + "/news/feed.atom",
                Representations.ATTRIBUTION,
                entries,
                EPOCH);
    }

    private static String csv(List<OpenNews> items) {
        var csv = new Csv(List.of(
                "id", "url", "title", "lead", "category", "partners", "press_contact", "themes", "published_at"));
        items.forEach(n -> csv.row(
                n.id(),
                n.url(),
                n.title(),
                n.lead(),
                n.category(),
                n.partners(),
                n.pressContact(),
                String.join(" ", n.themes()),
                n.publishedAt()));
        return csv.toString();
    }

    private OpenNews open(NewsRow n) {
        return of(n, base());
    }

    static OpenNews of(NewsRow n, String base) {
        return new OpenNews(
                n.id(),
                base + "/news/item?id=" + n.id(),
                n.title(),
                n.lead(),
                n.category(),
                n.partners(),
                n.pressContact(),
                n.themes(),
                n.publishedAt());
    }

    static Theme theme(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Arrays.stream(Theme.values())
                .filter(t -> t.name().equalsIgnoreCase(raw.strip()))
                .findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "story.filter.unknown", "theme"));
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }
}
