package org.tori.search.boundary;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import org.tori.search.control.Indices;
import org.tori.search.control.ProfileDocuments;
import org.tori.search.control.SpaceDocuments;
import org.tori.search.entity.SearchHit;

/** Finds what partners and members look for. Tolerates typos; marks the words that matched. */
@ApplicationScoped
public class Search {

    public record Results(long total, List<SearchHit> hits) {
    }

    public static final int PAGE = 20;

    @Inject
    ElasticsearchClient client;
    @Inject
    Indices indices;

    public Results find(String text) throws IOException {
        var query = text == null ? "" : text.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        var words = query;
        var response = client.search(s -> s
                .index(List.of(indices.alias(Indices.PROFILES), indices.alias(Indices.SPACES)))
                .size(PAGE)
                .query(q -> words.isEmpty()
                        ? q.matchAll(m -> m)
                        : q.multiMatch(m -> m.query(words)
                                .fields("name^3", "title^3", "skills^2", "interests^2", "summary^2", "organisation^2",
                                        "city", "bio", "description")
                                .type(TextQueryType.BestFields)
                                .fuzziness("AUTO")))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields(NamedValue.of("bio", HighlightField.of(f -> f.numberOfFragments(1).fragmentSize(160))),
                                NamedValue.of("skills", HighlightField.of(f -> f)),
                                NamedValue.of("interests", HighlightField.of(f -> f)),
                                NamedValue.of("summary", HighlightField.of(f -> f.numberOfFragments(0))),
                                NamedValue.of("description", HighlightField.of(f -> f.numberOfFragments(1).fragmentSize(160))))),
                JsonData.class);
        var spacesIndex = indices.alias(Indices.SPACES);
        var hits = response.hits().hits().stream()
                .map(hit -> hit.index().startsWith(spacesIndex) ? spaceHit(hit) : profileHit(hit)).toList();
        var total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new Results(total, hits);
    }

    private static SearchHit profileHit(Hit<JsonData> hit) {
        var source = hit.source().toJson().asJsonObject();
        var subtitle = firstOf(source, "organisation", "city");
        var tags = new java.util.ArrayList<String>();
        tags.addAll(strings(source, "skills"));
        tags.addAll(strings(source, "interests"));
        var snippet = hit.highlight().getOrDefault("bio", List.of()).stream().findFirst()
                .orElse(escape(source.getString("bio", "")));
        return new SearchHit(ProfileDocuments.TYPE, hit.id(), source.getString("name", ""), subtitle, tags, snippet, null);
    }

    private static SearchHit spaceHit(Hit<JsonData> hit) {
        var source = hit.source().toJson().asJsonObject();
        var highlight = hit.highlight();
        var snippet = highlight.getOrDefault("summary", highlight.getOrDefault("description", List.of())).stream()
                .findFirst().orElse(escape(source.getString("summary", "")));
        return new SearchHit(SpaceDocuments.TYPE, hit.id(), source.getString("title", ""), firstOf(source, "organiser", "city"),
                List.of(), snippet, "/spaces/space?id=" + hit.id());
    }

    /** The snippet is shown as html (for the marks): text that did not pass the highlighter is escaped here. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
        return source.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
