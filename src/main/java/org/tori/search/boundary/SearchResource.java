package org.tori.search.boundary;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.DomainException;
import org.tori.platform.rest.Problem;

/** Search as JSON; while Elasticsearch is away it answers 503 with a problem body, never a stack trace. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Lessons, causes, practices, spaces and profiles, with facets")
public class SearchResource {

    private static final Logger LOG = Logger.getLogger(SearchResource.class.getName());

    /** Hits of one page: score is Elasticsearch's relevance; url a path on the portal or null. */
    public record Hit(
            String id, String type, String title, String url, String snippet, List<String> highlights, double score) {}

    /** partial: the search stopped at its time limit, so hits, total and facets may miss some records. */
    public record Answer(
            long total,
            int from,
            int size,
            List<Hit> hits,
            Map<String, List<SearchResults.Facet>> facets,
            String didYouMean,
            boolean partial) {}

    @Inject
    Search search;

    @Inject
    Reindex reindex;

    @Inject
    CurrentReader reader;

    @GET
    @Operation(summary = "Search everything the caller may read; filters combine; text is never parsed as query syntax")
    public Response search(
            @QueryParam("q") String q,
            @Parameter(
                            description =
                                    "lesson, practice, cause, space, profile, organisation, roadmap, pilot, news or event")
                    @QueryParam("type")
                    String type,
            @QueryParam("city") String city,
            @QueryParam("theme") String theme,
            @QueryParam("domain") String domain,
            @QueryParam("valueStream") String valueStream,
            @Parameter(description = "cause category, e.g. DATA") @QueryParam("cause") String cause,
            @QueryParam("lang") String lang,
            @QueryParam("year") Integer year,
            @Parameter(description = "a life event's id") @QueryParam("lifeEvent") String lifeEvent,
            @Parameter(description = "relevance (default) or date") @QueryParam("sort") String sort,
            @QueryParam("from") @DefaultValue("0") int from,
            @Parameter(description = "at most 50") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "no-cache: answer from the index, not from the answers kept for two seconds")
                    @HeaderParam("Cache-Control")
                    String cacheControl) {
        var query = new SearchQuery(q, type, city, theme, domain, valueStream, cause, lang, year, sort, from, size)
                .withLifeEvent(lifeEvent);
        boolean fresh =
                cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        return answer(() -> {
            var results = fresh ? search.findFresh(query, reader.get()) : search.find(query, reader.get());
            var hits = results.hits().stream()
                    .map(h -> new Hit(
                            h.id(),
                            h.type(),
                            h.title(),
                            h.link(),
                            h.snippet(),
                            h.snippet() != null && h.snippet().contains("<mark>") ? List.of(h.snippet()) : List.of(),
                            h.score()))
                    .toList();
            return new Answer(
                    results.total(),
                    query.from(),
                    query.size(),
                    hits,
                    results.facets(),
                    results.didYouMean(),
                    results.partial());
        });
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Titles of lessons starting with what was typed, for suggestions while typing")
    public Response suggest(@QueryParam("q") String q) {
        return answer(() -> search.suggest(q, reader.get()));
    }

    @GET
    @Path("similar/{lessonId}")
    @Operation(summary = "Lessons like the given one (more like this), among those the caller may read")
    public Response similar(@PathParam("lessonId") long lessonId) {
        return answer(() -> search.similar(lessonId, reader.get()));
    }

    @POST
    @Path("reindex")
    @Operation(summary = "Rebuild every index from the database and swap the aliases (staff, or the operator token)")
    public Response rebuild() {
        if (!reader.get().staff()) {
            throw new DomainException(
                    reader.get().accountId() == null
                            ? DomainException.Kind.UNAUTHORIZED
                            : DomainException.Kind.FORBIDDEN,
                    "search.reindex.forbidden");
        }
        return answer(reindex::all);
    }

    interface Call {
        Object run() throws IOException;
    }

    private static Response answer(Call call) {
        try {
            return Response.ok(call.run()).build();
        } catch (IOException | ElasticsearchException | ProcessingException unavailable) {
            LOG.warning(() -> "Search unavailable: " + unavailable);
            return Problem.response(
                    503, "Service Unavailable", "Search is not available right now; try again shortly.", null);
        }
    }
}
