package org.tori.search.boundary;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tori.search.control.Indices;
import org.tori.search.entity.SearchHit;

/** Turns Elasticsearch's answer into hits and facet counts the pages and the API show. */
@ApplicationScoped
public class Hits {

    /** The page of each kind that links to its own page, by the id in the document. */
    private static final Map<String, String> PAGES =
            Map.of("pilot", "/pilots/pilot?id=", "news", "/news/item?id=", "event", "/events/event?id=");

    private static final List<String> KINDS = List.of("lesson", "cause", "roadmap", "pilot", "news", "event");

    @Inject
    Indices indices;

    public SearchHit toHit(Hit<JsonData> hit) {
        var source = hit.source() == null
                ? JsonValue.EMPTY_JSON_OBJECT
                : hit.source().toJson().asJsonObject();
        var index = indices.logical(hit.index()).orElse("");
        var highlight = hit.highlight();
        double score = hit.score() == null || hit.score().isNaN() ? 0 : hit.score();
        return switch (index) {
            case Indices.SPACES ->
                new SearchHit(
                        "space",
                        hit.id(),
                        source.getString("title", ""),
                        firstOf(source, "organiser", "city"),
                        List.of(),
                        snippet(highlight, source, "summary", "summary", "description"),
                        "/spaces/space?id=" + hit.id(),
                        score);
            case Indices.KNOWLEDGE -> knowledgeHit(hit, source, score);
            case Indices.ORGANISATIONS ->
                new SearchHit(
                        "organisation",
                        hit.id(),
                        source.getString("name", ""),
                        firstOf(source, "city"),
                        List.of(),
                        snippet(highlight, source, "description", "description"),
                        "/partners/organisation?id=" + hit.id(),
                        score);
            default -> {
                var tags = new ArrayList<String>(strings(source, "skills"));
                tags.addAll(strings(source, "interests"));
                yield new SearchHit(
                        "profile",
                        hit.id(),
                        source.getString("name", ""),
                        firstOf(source, "organisation", "city"),
                        tags,
                        snippet(highlight, source, "bio", "bio"),
                        "/accounts/member?id=" + hit.id(),
                        score);
            }
        };
    }

    private static SearchHit knowledgeHit(Hit<JsonData> hit, JsonObject source, double score) {
        var kind = source.getString("kind", "lesson");
        if ("roadmap".equals(kind)) {
            return roadmapHit(hit, source, score);
        }
        if (PAGES.containsKey(kind)) {
            return pageHit(kind, hit, source, score);
        }
        boolean practice = source.getBoolean("practice", false);
        var type = "cause".equals(kind) ? "cause" : practice ? "practice" : "lesson";
        var lessonId = source.getString("lessonId", "");
        var subtitle = source.getString("city", "") + (source.containsKey("year") ? " · " + source.getInt("year") : "");
        var tags = new ArrayList<String>(strings(source, "causeCategories"));
        var title = hit.highlight().getOrDefault("title", List.of()).stream()
                .findFirst()
                .orElse(escape(source.getString("title", "")));
        return new SearchHit(
                type,
                lessonId,
                title,
                subtitle,
                tags,
                snippet(hit.highlight(), source, "body", "body", "body.en", "body.fi", "body.sv"),
                "/knowledge/lesson?id=" + lessonId,
                score);
    }

    /** A roadmap item: its status and city under the title, its page as the link. */
    private static SearchHit roadmapHit(Hit<JsonData> hit, JsonObject source, double score) {
        var id = source.getString("lessonId", "");
        // the page escapes the titles of kinds other than lessons: this one goes as written, unmarked
        return new SearchHit(
                "roadmap",
                id,
                source.getString("title", ""),
                firstOf(source, "tags", "city"),
                List.of(),
                snippet(hit.highlight(), source, "body", "body", "body.en", "body.fi", "body.sv"),
                "/roadmap/item?id=" + id,
                score);
    }

    /**
     * A pilot, news item or event: its date and the organisations it names under the title, its own
     * page as the link; everything comes from the hit itself, nothing from the database.
     */
    static SearchHit pageHit(String kind, Hit<JsonData> hit, JsonObject source, double score) {
        var id = source.getString("lessonId", "");
        var subtitle = Stream.of(firstOf(source, "date"), firstOf(source, "tags"), firstOf(source, "organisation"))
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        // the page escapes the titles of these kinds: the title goes as written, unmarked
        return new SearchHit(
                kind,
                id,
                source.getString("title", ""),
                subtitle,
                List.of(),
                snippet(hit.highlight(), source, "body", "body", "body.en", "body.fi", "body.sv"),
                PAGES.get(kind) + id,
                score);
    }

    /** Facet name → values with counts; the type facet is put together from indices and kinds. */
    public Map<String, List<SearchResults.Facet>> facets(Map<String, Aggregate> aggs) {
        var facets = new LinkedHashMap<String, List<SearchResults.Facet>>();
        var types = new ArrayList<SearchResults.Facet>();
        for (var bucket : buckets(aggs.get("_index"))) {
            var logical = indices.logical(bucket.value()).orElse("");
            if (logical.equals(Indices.SPACES)) {
                types.add(new SearchResults.Facet("space", bucket.count()));
            } else if (logical.equals(Indices.PROFILES)) {
                types.add(new SearchResults.Facet("profile", bucket.count()));
            } else if (logical.equals(Indices.ORGANISATIONS)) {
                types.add(new SearchResults.Facet("organisation", bucket.count()));
            }
        }
        // spaces have a "kind" of their own (hackathon, contest): only the knowledge kinds count here
        types.addAll(
                0,
                buckets(aggs.get("_kind")).stream()
                        .filter(f -> KINDS.contains(f.value()))
                        .toList());
        var practice = aggs.get("_practice");
        if (practice != null && practice.isFilter() && practice.filter().docCount() > 0) {
            types.add(new SearchResults.Facet("practice", practice.filter().docCount()));
        }
        facets.put("type", types);
        aggs.forEach((name, agg) -> {
            if (!name.startsWith("_")) {
                facets.put(name, buckets(agg));
            }
        });
        return facets;
    }

    private static List<SearchResults.Facet> buckets(Aggregate agg) {
        if (agg == null) {
            return List.of();
        }
        if (agg.isSterms()) {
            return agg.sterms().buckets().array().stream()
                    .map(b -> new SearchResults.Facet(b.key().stringValue(), b.docCount()))
                    .toList();
        }
        if (agg.isLterms()) {
            return agg.lterms().buckets().array().stream()
                    .map(b -> new SearchResults.Facet(String.valueOf(b.key()), b.docCount()))
                    .sorted((a, b) -> b.value().compareTo(a.value()))
                    .toList();
        }
        return List.of();
    }

    private static String snippet(
            Map<String, List<String>> highlight, JsonObject source, String fallback, String... fields) {
        for (var field : fields) {
            var marked = highlight.getOrDefault(field, List.of());
            if (!marked.isEmpty()) {
                return marked.get(0);
            }
        }
        var text = source.getString(fallback, "");
        return escape(text.length() > 240 ? text.substring(0, 240) + "…" : text);
    }

    /** The snippet is shown as html (for the marks): text that did not pass the highlighter is escaped here. */
    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String firstOf(JsonObject source, String... fields) {
        for (var field : fields) {
            if (source.containsKey(field) && source.get(field).getValueType() == JsonValue.ValueType.STRING) {
                return source.getString(field);
            }
        }
        return "";
    }

    private static List<String> strings(JsonObject source, String field) {
        if (!source.containsKey(field) || source.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return source.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
