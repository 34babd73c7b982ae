package org.tori.opendata.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.knowledge.boundary.OpenLessons;
import org.tori.opendata.control.Atom;
import org.tori.opendata.control.Csv;
import org.tori.opendata.control.Representations;
import org.tori.platform.DomainException;
import org.tori.scorecard.boundary.Scorecard;
import org.tori.spaces.boundary.SpaceFilter;
import org.tori.spaces.boundary.SpaceSummary;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.Theme;
import org.tori.stories.boundary.Stories;
import org.tori.stories.boundary.StoriesResource;

/**
 * Tori's public, non-personal data for reuse: JSON pages, CSV and Atom, each with the licence,
 * an ETag and conditional GET. Nothing here needs a log-in, and nothing here names a person.
 */
@Path("open")
@Tag(name = "Open data", description = "Public data under CC BY 4.0: JSON pages, CSV, Atom feeds, conditional GET")
public class OpenDataResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String ATOM = "application/atom+xml; charset=UTF-8";
    static final String JSON = MediaType.APPLICATION_JSON + "; charset=UTF-8";
    /** The feed time of undated spaces: before any space of Tori existed. */
    private static final OffsetDateTime EPOCH = OffsetDateTime.parse("2017-01-01T00:00:00Z");

    @Inject
    Spaces spaces;

    @Inject
    Stories stories;

    @Inject
    Scorecard kpis;

    @Inject
    OpenLessons lessons;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    String baseUrl;

    @Context
    Request request;

    /** A data set and where to get it. */
    public record Dataset(String name, String json, String csv, String atom) {}

    @GET
    @Operation(summary = "The open data sets and their formats")
    public Response catalogue() {
        var sets = List.of(
                new Dataset("spaces", "/api/open/spaces", "/api/open/spaces.csv", "/api/open/spaces.atom"),
                new Dataset("stories", "/api/open/stories", "/api/open/stories.csv", "/api/open/stories.atom"),
                new Dataset("indicators", null, "/api/open/indicators.csv", null),
                new Dataset("lessons", "/api/open/lessons", "/api/open/lessons.csv", "/api/open/lessons.atom"),
                new Dataset("practices", "/api/open/practices", "/api/open/practices.csv", null),
                new Dataset("kpis", "/api/open/kpis", "/api/open/kpis.csv", null),
                new Dataset(
                        "roadmap", "/api/open/roadmap", "/api/open/roadmap.csv", "/api/open/roadmap/milestones.atom"),
                new Dataset("pilots", "/api/open/pilots", "/api/open/pilots.csv", null),
                new Dataset("news", "/api/open/news", "/api/open/news.csv", "/api/open/news.atom"),
                new Dataset("events", "/api/open/events", "/api/open/events.csv", "/api/open/events.ics"));
        return Representations.answer(request, Representations.json(OpenPage.of(sets, 0, sets.size())), JSON, null);
    }

    @GET
    @Path("spaces")
    @Operation(summary = "Public spaces, newest first (page from 0, size 1–100)")
    public Response spaces(
            @QueryParam("theme") String theme,
            @QueryParam("city") String city,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        var result = spaces.list(spaceFilter(theme, city), OpenPage.page(page), OpenPage.size(size), null);
        return Representations.answer(
                request,
                Representations.json(OpenPage.of(result.total(), result.page(), result.size(), result.items())),
                JSON,
                null);
    }

    @GET
    @Path("spaces.csv")
    @Produces(CSV)
    @Operation(summary = "Every public space as CSV")
    public Response spacesCsv(@QueryParam("theme") String theme, @QueryParam("city") String city) {
        var csv = new Csv(List.of(
                "id",
                "kind",
                "phase",
                "title",
                "summary",
                "domain",
                "themes",
                "value_streams",
                "organiser",
                "city",
                "place",
                "opens_at",
                "submission_deadline",
                "results_at",
                "participants"));
        allSpaces(spaceFilter(theme, city))
                .forEach(s -> csv.row(
                        s.id(),
                        s.kind(),
                        s.phase(),
                        s.title(),
                        s.summary(),
                        s.domain(),
                        String.join(" ", s.themes()),
                        String.join(" ", s.valueStreams()),
                        s.organiser(),
                        s.city(),
                        s.place(),
                        s.opensAt(),
                        s.submissionDeadline(),
                        s.resultsAt(),
                        s.participants()));
        return Representations.answer(request, csv.toString(), CSV, null);
    }

    @GET
    @Path("spaces.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of the newest public spaces, by theme and city")
    public Response spacesAtom(@QueryParam("theme") String theme, @QueryParam("city") String city) {
        var entries = spaces.list(spaceFilter(theme, city), 0, 50, null).items().stream()
                .map(s -> new Atom.Entry(
                        base() + "/spaces/space?id=" + s.id(),
                        s.title(),
                        s.summary(),
                        base() + "/spaces/space?id=" + s.id(),
                        firstDate(s),
                        s.themes()))
                .toList();
        return Representations.answer(
                request,
                Atom.feed(
                        base() + "/api/open/spaces.atom",
                        "Tori spaces",
                        base() + "/api/open/spaces.atom",
                        Representations.ATTRIBUTION,
                        entries,
                        EPOCH),
                ATOM,
                null);
    }

    @GET
    @Path("stories")
    @Operation(summary = "Published stories with indicators and return on investment (page from 0, size 1–100)")
    public Response stories(
            @QueryParam("theme") String theme,
            @QueryParam("valueStream") String valueStream,
            @QueryParam("impact") String impact,
            @QueryParam("city") String city,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        var all = stories.publishedDetails(StoriesResource.filter(theme, valueStream, impact, city));
        return Representations.answer(
                request,
                Representations.json(OpenPage.of(all, OpenPage.page(page), OpenPage.size(size))),
                JSON,
                lastChange());
    }

    @GET
    @Path("stories.csv")
    @Produces(CSV)
    @Operation(summary = "Every published story as CSV, one line a story")
    public Response storiesCsv(@QueryParam("theme") String theme, @QueryParam("city") String city) {
        var all = stories.publishedDetails(StoriesResource.filter(theme, null, null, city));
        var csv = new Csv(List.of(
                "id",
                "title",
                "lead",
                "city",
                "partners",
                "themes",
                "value_stream",
                "published_at",
                "investment_eur",
                "returned_eur",
                "return_per_euro",
                "net_return_percent",
                "space_id",
                "lesson_ids"));
        all.forEach(d -> csv.row(
                d.summary().id(),
                d.summary().title(),
                d.summary().lead(),
                d.summary().city(),
                d.summary().partners(),
                String.join(" ", d.summary().themes()),
                d.summary().valueStream(),
                d.summary().publishedAt(),
                d.investmentEur(),
                d.returns().returnedEur(),
                d.returns().perEuro(),
                d.returns().netPercent(),
                d.spaceId(),
                String.join(" ", d.lessonIds().stream().map(String::valueOf).toList())));
        return Representations.answer(request, csv.toString(), CSV, lastChange());
    }

    @GET
    @Path("indicators.csv")
    @Produces(CSV)
    @Operation(summary = "Every indicator of the published stories as CSV, one line an indicator")
    public Response indicatorsCsv() {
        var all = stories.publishedDetails(StoriesResource.filter(null, null, null, null));
        var csv = new Csv(
                List.of("story_id", "impact", "name", "unit", "baseline", "value", "change", "measured_on", "source"));
        all.forEach(d -> d.indicators()
                .forEach(i -> csv.row(
                        d.summary().id(),
                        i.impact(),
                        i.name(),
                        i.unit(),
                        i.baseline(),
                        i.value(),
                        i.change(),
                        i.measuredOn(),
                        i.source())));
        return Representations.answer(request, csv.toString(), CSV, lastChange());
    }

    @GET
    @Path("stories.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of the newest published stories, by theme and city")
    public Response storiesAtom(@QueryParam("theme") String theme, @QueryParam("city") String city) {
        var all = stories.publishedDetails(StoriesResource.filter(theme, null, null, city));
        var entries = all.stream()
                .limit(50)
                .map(d -> new Atom.Entry(
                        base() + "/stories/story?id=" + d.summary().id(),
                        d.summary().title(),
                        d.summary().lead(),
                        base() + "/stories/story?id=" + d.summary().id(),
                        d.summary().publishedAt(),
                        d.summary().themes()))
                .toList();
        return Representations.answer(
                request,
                Atom.feed(
                        base() + "/api/open/stories.atom",
                        "Tori success stories",
                        base() + "/api/open/stories.atom",
                        Representations.ATTRIBUTION,
                        entries,
                        EPOCH),
                ATOM,
                lastChange());
    }

    @GET
    @Path("lessons")
    @Operation(summary = "Public lessons learned with their public analyses, newest first (page from 0, size 1–100)")
    public Response lessons(
            @QueryParam("theme") String theme,
            @QueryParam("city") String city,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        var result = lessons.page(
                new OpenLessons.Filter(theme(theme), city, false), OpenPage.page(page), OpenPage.size(size));
        var items = result.items().stream().map(l -> OpenLesson.of(l, base())).toList();
        return Representations.answer(
                request,
                Representations.json(OpenPage.of(result.total(), result.page(), result.size(), items)),
                JSON,
                lessonsChanged());
    }

    @GET
    @Path("lessons.csv")
    @Produces(CSV)
    @Operation(summary = "Every public lesson as CSV, one line a lesson")
    public Response lessonsCsv(@QueryParam("theme") String theme, @QueryParam("city") String city) {
        var csv = new Csv(List.of(
                "id",
                "title",
                "city",
                "organisation",
                "happened_on",
                "language",
                "themes",
                "domain",
                "value_streams",
                "space_id",
                "practice",
                "published_at",
                "what_happened",
                "what_worked",
                "what_did_not",
                "recommendation",
                "analysis_problem",
                "cause_categories"));
        lessons.all(new OpenLessons.Filter(theme(theme), city, false))
                .forEach(p -> p.items().forEach(item -> {
                    var l = OpenLesson.of(item, base());
                    var a = l.analysis();
                    csv.row(
                            l.id(),
                            l.title(),
                            l.city(),
                            l.organisation(),
                            l.happenedOn(),
                            l.language(),
                            String.join(" ", l.themes()),
                            l.domain(),
                            String.join(" ", l.valueStreams()),
                            l.spaceId(),
                            l.practice(),
                            l.publishedAt(),
                            l.whatHappened(),
                            l.whatWorked(),
                            l.whatDidNot(),
                            l.recommendation(),
                            a == null ? null : a.problem(),
                            a == null
                                    ? null
                                    : String.join(
                                            " ",
                                            a.causes().stream()
                                                    .map(OpenLesson.Cause::category)
                                                    .distinct()
                                                    .toList()));
                }));
        return Representations.answer(request, csv.toString(), CSV, lessonsChanged());
    }

    @GET
    @Path("lessons.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of the newest public lessons, by theme and city")
    public Response lessonsAtom(@QueryParam("theme") String theme, @QueryParam("city") String city) {
        var entries = lessons.page(new OpenLessons.Filter(theme(theme), city, false), 0, 50).items().stream()
                .map(l -> OpenLesson.of(l, base()))
                .map(l -> new Atom.Entry(
                        l.url(),
                        l.title(),
                        l.recommendation() == null ? l.whatHappened() : l.recommendation(),
                        l.url(),
                        l.publishedAt(),
                        l.themes()))
                .toList();
        return Representations.answer(
                request,
                Atom.feed(
                        base() + "/api/open/lessons.atom",
                        "Tori lessons learned",
                        base() + "/api/open/lessons.atom",
                        Representations.ATTRIBUTION,
                        entries,
                        EPOCH),
                ATOM,
                lessonsChanged());
    }

    @GET
    @Path("practices")
    @Operation(summary = "Recommended practices with the cities that adopted them (page from 0, size 1–100)")
    public Response practices(
            @QueryParam("theme") String theme,
            @QueryParam("city") String city,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        var result = lessons.page(
                new OpenLessons.Filter(theme(theme), city, true), OpenPage.page(page), OpenPage.size(size));
        var items = result.items().stream()
                .map(l -> OpenPractice.of(l, result.adoptionsOf(l.id()), base()))
                .toList();
        // adoptions carry no change time of their own: the ETag alone tells whether the list changed
        return Representations.answer(
                request,
                Representations.json(OpenPage.of(result.total(), result.page(), result.size(), items)),
                JSON,
                null);
    }

    @GET
    @Path("practices.csv")
    @Produces(CSV)
    @Operation(summary = "Every recommended practice as CSV, one line a practice with its adoptions")
    public Response practicesCsv(@QueryParam("theme") String theme, @QueryParam("city") String city) {
        var csv = new Csv(List.of("id", "title", "city", "themes", "published_at", "adoptions", "adopting_cities"));
        lessons.all(new OpenLessons.Filter(theme(theme), city, true))
                .forEach(p -> p.items().forEach(item -> {
                    var practice = OpenPractice.of(item, p.adoptionsOf(item.id()), base());
                    csv.row(
                            practice.id(),
                            practice.title(),
                            practice.city(),
                            String.join(" ", practice.themes()),
                            practice.publishedAt(),
                            practice.adoptionCount(),
                            String.join(
                                    "; ",
                                    practice.adoptions().stream()
                                            .map(OpenPractice.Adoption::city)
                                            .toList()));
                }));
        return Representations.answer(request, csv.toString(), CSV, null);
    }

    @GET
    @Path("kpis")
    @Operation(summary = "The programme scorecard: each KPI's value, target and light for a year")
    public Response kpis(@QueryParam("year") Integer year) {
        var values = kpis.values(year);
        return Representations.answer(
                request, Representations.json(OpenPage.of(values, 0, Math.max(1, values.size()))), JSON, null);
    }

    @GET
    @Path("kpis.csv")
    @Produces(CSV)
    @Operation(summary = "The programme scorecard as CSV")
    public Response kpisCsv(@QueryParam("year") Integer year) {
        var csv = new Csv(List.of("kpi", "tier", "year", "value", "target", "light"));
        kpis.values(year).forEach(k -> csv.row(k.kpi(), k.tier(), k.year(), k.value(), k.target(), k.light()));
        return Representations.answer(request, csv.toString(), CSV, null);
    }

    private static SpaceFilter spaceFilter(String theme, String city) {
        return new SpaceFilter(null, null, theme(theme), null, null, city);
    }

    private static Theme theme(String theme) {
        if (theme == null || theme.isBlank()) {
            return null;
        }
        try {
            return Theme.valueOf(theme.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException(DomainException.Kind.INVALID, "story.filter.unknown", "theme");
        }
    }

    private List<SpaceSummary> allSpaces(SpaceFilter filter) {
        var all = new ArrayList<SpaceSummary>();
        for (int page = 0; ; page++) {
            var result = spaces.list(filter, page, OpenPage.MAX_SIZE, null);
            all.addAll(result.items());
            if (result.items().isEmpty() || page + 1 >= result.pages()) {
                return all;
            }
        }
    }

    private static OffsetDateTime firstDate(SpaceSummary s) {
        return Stream.of(s.opensAt(), s.submissionDeadline(), s.resultsAt())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Archiving takes a story out of every list, so the lists' time is the last change of any story that was public. */
    private OffsetDateTime lastChange() {
        return stories.lastPublicChange().orElse(null);
    }

    private OffsetDateTime lessonsChanged() {
        return lessons.lastChange().orElse(null);
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }
}
