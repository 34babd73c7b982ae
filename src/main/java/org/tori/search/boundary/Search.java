package org.tori.search.boundary;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import co.elastic.clients.util.ObjectBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.knowledge.entity.Reader;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.DomainException;
import org.tori.search.control.Indices;
import org.tori.search.control.LessonDocuments;
import org.tori.search.control.ResultCache;
import org.tori.search.control.SearchBounds;
import org.tori.search.entity.SearchHit;

/**
 * Finds what partners and members look for across lessons, causes, practices, spaces and
 * profiles. The words typed are only ever matched as text (never parsed as query syntax), with
 * typo tolerance, stemming in three languages, phrases and prefixes; titles weigh more and newer
 * lessons a little more. Records the reader may not read are filtered out before anything is
 * counted, so they never show in hits, facets, suggestions or similar lessons.
 */
@ApplicationScoped
public class Search {

    public static final int PAGE = SearchQuery.DEFAULT_SIZE;
    static final List<String> TYPES = List.of(
            "lesson", "practice", "cause", "space", "profile", "organisation", "roadmap", "pilot", "news", "event");
    private static final List<String> TEXT_FIELDS = List.of(
            "title^3",
            "title.fi^3",
            "title.en^3",
            "title.sv^3",
            "body",
            "body.fi",
            "body.en",
            "body.sv",
            "tags^1.5",
            "tags.fi^1.5",
            "tags.en^1.5",
            "tags.sv^1.5",
            "city^2",
            "organisation",
            "name^3",
            "skills^2",
            "interests^2",
            "summary^2",
            "bio",
            "description",
            "organiser");
    /**
     * Typo tolerance costs a fuzzy automaton per word and field: it runs on the plain-text fields only
     * (the stemmed ones already forgive endings), from the second letter on, with few expansions.
     */
    private static final List<String> FUZZY_FIELDS = List.of("title^3", "body", "tags^1.5", "name^3", "summary^2");
    /**
     * One typo forgiven per word of four letters or more, none in shorter words. Elasticsearch's
     * plain AUTO allows two from six letters on: building and walking the two-edit automata was most
     * of a search's time (20–100 ms of a query's rewrite against 2–4 ms with one edit, bench/RESULTS.md),
     * and one edit already covers a missing, extra, wrong or swapped letter. A word with two typos is
     * still offered as "did you mean" when nothing is found.
     */
    static final String ONE_TYPO = "AUTO:4,100";
    /** Only the fields whose marks a page shows are highlighted (Hits picks the snippet from them). */
    private static final List<String> SHOWN_FIELDS =
            List.of("title", "body", "body.en", "body.fi", "body.sv", "bio", "summary", "description");

    private static final Map<String, String> FACET_FIELDS = facetFields();
    /** Characters of a field the highlighter reads at most: a very long text costs no more than this. */
    private static final int MAX_ANALYZED = 20_000;

    @Inject
    Indices indices;

    @Inject
    Hits hits;

    @Inject
    SearchBounds bounds;

    @Inject
    SearchMetrics metrics;

    @Inject
    ResultCache cache;
    /**
     * Words in more lessons than this say nothing about what a lesson is about; without the limit a
     * more_like_this on a large knowledge base scores nearly every lesson (bench/RESULTS.md).
     */
    @Inject
    @ConfigProperty(name = "tori.search.similar-max-doc-freq", defaultValue = "2000")
    int similarMaxDocFreq;

    private static Map<String, String> facetFields() {
        var map = new LinkedHashMap<String, String>();
        map.put("city", "city.exact");
        map.put("theme", "themes");
        map.put("domain", "domain");
        map.put("valueStream", "valueStreams");
        map.put("cause", "causeCategories");
        map.put("lang", "language");
        map.put("year", "year");
        map.put("lifeEvent", "lifeEvents");
        return map;
    }

    /** The page's old entry point: free text for anyone. */
    public SearchResults find(String text) throws IOException {
        return find(SearchQuery.text(text), Reader.ANONYMOUS);
    }

    public SearchResults find(SearchQuery query, Reader reader) throws IOException {
        var timing = metrics.latency().time();
        try {
            // the answer depends on the question and on which visibilities the reader may read, not on who asks
            // an answer cut short at the time limit is not kept: the next reader asks again
            return cache.answer(
                    new CachedQuestion(query, reader.readable()),
                    SearchResults.class,
                    () -> search(query, reader),
                    results -> !results.partial());
        } finally {
            timing.stop();
        }
    }

    /** The same, asked of the index even when a kept answer exists (a client's Cache-Control: no-cache). */
    public SearchResults findFresh(SearchQuery query, Reader reader) throws IOException {
        var timing = metrics.latency().time();
        try {
            long generation = cache.generation();
            var results = search(query, reader);
            if (!results.partial()) {
                cache.put(new CachedQuestion(query, reader.readable()), results, generation);
            }
            return results;
        } finally {
            timing.stop();
        }
    }

    private record CachedQuestion(SearchQuery query, List<Visibility> readable) {}

    private SearchResults search(SearchQuery query, Reader reader) throws IOException {
        var filters = new ArrayList<Query>();
        filters.add(visibleTo(reader));
        typeFilter(query.type()).ifPresent(filters::add);
        var values = query.filters();
        FACET_FIELDS.forEach((name, field) -> {
            var value = values.get(name);
            if (value != null) {
                filters.add(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
            }
        });
        var text = query.q();
        Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request = s -> {
            s.index(targets(query.type()))
                    .from(query.from())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .timeout(bounds.timeout())
                    .source(src -> src.filter(f -> f.excludes("spell", "suggest")))
                    .query(q -> q.bool(b -> b.must(text.isEmpty() ? Query.of(m -> m.matchAll(a -> a)) : matching(text))
                            .filter(filters)
                            // a lesson is what most searchers want: its causes follow it
                            .should(r -> r.constantScore(c -> c.filter(
                                            f -> f.term(t -> t.field("kind").value("lesson")))
                                    .boost(1.5f)))
                            .should(r -> r.distanceFeature(d -> d.untyped(u -> u.field("date")
                                    .origin(JsonData.of("now"))
                                    .pivot(JsonData.of("730d"))
                                    .boost(0.3f))))))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html)
                            .preTags("<mark>")
                            .postTags("</mark>")
                            .maxAnalyzedOffset(MAX_ANALYZED)
                            .fields(highlights(text)))
                    .aggregations(aggregations());
            if ("date".equals(query.sort())) {
                s.sort(o -> o.field(f -> f.field("date")
                                .order(SortOrder.Desc)
                                .unmappedType(co.elastic.clients.elasticsearch._types.mapping.FieldType.Date)))
                        .sort(o -> o.score(c -> c));
            }
            return s;
        };
        var response = bounds.client().search(request, JsonData.class);
        if (cutShortEmpty(response)) {
            // a node that has just started can spend its first search's whole time limit warming up
            // (511 ms, and 39 ms the next time; bench/RESULTS.md): "nothing matched" would be wrong
            response = bounds.client().search(request, JsonData.class);
        }
        var found = response.hits().hits().stream().map(hits::toHit).toList();
        long total = response.hits().total() == null
                ? found.size()
                : response.hits().total().value();
        var facets = hits.facets(response.aggregations());
        boolean partial = response.timedOut();
        String didYouMean = total == 0 && !text.isEmpty() && !partial ? didYouMean(text) : null;
        return new SearchResults(total, found, facets, didYouMean, partial);
    }

    /** Elasticsearch stopped at its time limit before it found anything: not the same as no match. */
    static boolean cutShortEmpty(SearchResponse<?> response) {
        return response.timedOut() && response.hits().hits().isEmpty();
    }

    /** Titles of lessons the reader may read that start with what was typed so far. */
    public List<String> suggest(String prefix, Reader reader) throws IOException {
        var text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        var typed = text.length() > 60 ? text.substring(0, 60) : text;
        var contexts = reader.readable().stream()
                .map(v -> co.elastic.clients.elasticsearch.core.search.CompletionContext.of(
                        c -> c.context(x -> x.category(v.name()))))
                .toList();
        var response = bounds.client()
                .search(
                        s -> s.index(indices.alias(Indices.KNOWLEDGE))
                                .size(0)
                                .timeout(bounds.timeout())
                                .source(src -> src.filter(f -> f.includes("title")))
                                .suggest(g -> g.suggesters(
                                        "titles",
                                        f -> f.prefix(typed)
                                                .completion(c -> c.field("suggest")
                                                        .size(8)
                                                        .skipDuplicates(true)
                                                        .contexts("visibility", contexts)))),
                        JsonData.class);
        return response.suggest().getOrDefault("titles", List.of()).stream()
                .filter(x -> x.isCompletion())
                .flatMap(x -> x.completion().options().stream())
                .map(o -> o.source() == null
                        ? o.text()
                        : o.source().toJson().asJsonObject().getString("title", o.text()))
                .distinct()
                .toList();
    }

    /** Published lessons like the given one, among those the reader may read. */
    public List<SearchHit> similar(long lessonId, Reader reader) throws IOException {
        var alias = indices.alias(Indices.KNOWLEDGE);
        var id = LessonDocuments.documentId(lessonId);
        var response = bounds.client()
                .search(
                        s -> s.index(alias)
                                .size(5)
                                .timeout(bounds.timeout())
                                .query(q -> q.bool(b -> b.must(m ->
                                                m.moreLikeThis(l -> l.fields("title", "body", "tags")
                                                        .like(k -> k.document(d ->
                                                                d.index(alias).id(id)))
                                                        .minTermFreq(1)
                                                        .minDocFreq(1)
                                                        .maxDocFreq(similarMaxDocFreq)
                                                        .maxQueryTerms(40)
                                                        .minimumShouldMatch("10%")))
                                        .filter(visibleTo(reader))
                                        .filter(f -> f.term(t -> t.field("kind").value("lesson")))
                                        .mustNot(n -> n.ids(i -> i.values(id))))),
                        JsonData.class);
        return response.hits().hits().stream().map(hits::toHit).toList();
    }

    private List<String> targets(String type) {
        if (type == null) {
            return Indices.ALL.stream().map(indices::alias).toList();
        }
        return switch (type) {
            case "space" -> List.of(indices.alias(Indices.SPACES));
            case "profile" -> List.of(indices.alias(Indices.PROFILES));
            case "organisation" -> List.of(indices.alias(Indices.ORGANISATIONS));
            default -> List.of(indices.alias(Indices.KNOWLEDGE));
        };
    }

    private static Optional<Query> typeFilter(String type) {
        if (type != null && !TYPES.contains(type)) {
            throw new DomainException(DomainException.Kind.INVALID, "search.type.unknown", "type");
        }
        if (type == null || type.equals("space") || type.equals("profile") || type.equals("organisation")) {
            return Optional.empty();
        }
        return Optional.of(
                type.equals("practice")
                        ? Query.of(q -> q.term(t -> t.field("practice").value(true)))
                        : Query.of(q -> q.term(t -> t.field("kind").value(type))));
    }

    /** Knowledge records carry their visibility; spaces and profiles in the index are public by construction. */
    static Query visibleTo(Reader reader) {
        var readable =
                reader.readable().stream().map(v -> FieldValue.of(v.name())).toList();
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.terms(t -> t.field("visibility").terms(v -> v.value(readable))))
                .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("visibility")))))));
    }

    /** Exact words over every field and its stems, phrases, prefixes of titles, and typos on the plain fields. */
    private static Query matching(String text) {
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.multiMatch(m -> m.query(text)
                        .fields(TEXT_FIELDS)
                        .type(TextQueryType.BestFields)
                        .tieBreaker(0.3)))
                .should(s -> s.multiMatch(m -> m.query(text)
                        .fields("title^4", "body^2", "summary^2", "name^4")
                        .type(TextQueryType.Phrase)
                        .slop(1)
                        .boost(2f)))
                .should(s -> s.multiMatch(
                        m -> m.query(text).fields("title", "city", "name").type(TextQueryType.BoolPrefix)))
                .should(s -> s.multiMatch(m -> m.query(text)
                        .fields(FUZZY_FIELDS)
                        .type(TextQueryType.BestFields)
                        .fuzziness(ONE_TYPO)
                        .prefixLength(1)
                        .maxExpansions(10)
                        .boost(0.5f)))));
    }

    /**
     * Each shown field marks the words as typed (and their stems) with a query on that field alone.
     * Highlighting the fuzzy search query was 95 % of a search's time; one multi-field highlight query
     * for all fields still cost each field's highlighter the other seven fields' terms, about a third of
     * a search on 2,000 lessons, for the same marks (bench/RESULTS.md).
     */
    private static List<NamedValue<HighlightField>> highlights(String text) {
        return SHOWN_FIELDS.stream()
                .map(name -> NamedValue.of(name, HighlightField.of(f -> {
                    if (name.equals("title") || name.equals("summary")) {
                        f.numberOfFragments(0);
                    } else {
                        f.numberOfFragments(1).fragmentSize(180);
                    }
                    return text.isEmpty()
                            ? f
                            : f.highlightQuery(q -> q.match(m -> m.field(name).query(text)));
                })))
                .toList();
    }

    private static Map<String, Aggregation> aggregations() {
        var aggs = new LinkedHashMap<String, Aggregation>();
        FACET_FIELDS.forEach((name, field) ->
                aggs.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(30)))));
        aggs.put("_index", Aggregation.of(a -> a.terms(t -> t.field("_index").size(10))));
        aggs.put("_kind", Aggregation.of(a -> a.terms(t -> t.field("kind").size(10))));
        aggs.put(
                "_practice",
                Aggregation.of(
                        a -> a.filter(f -> f.term(t -> t.field("practice").value(true)))));
        return aggs;
    }

    /** Each word replaced by the closest word of public lessons, when one is close. */
    private String didYouMean(String text) throws IOException {
        var response = bounds.client()
                .search(
                        s -> s.index(indices.alias(Indices.KNOWLEDGE))
                                .size(0)
                                .timeout(bounds.timeout())
                                .suggest(g -> g.text(text)
                                        .suggesters(
                                                "spell",
                                                f -> f.term(t -> t.field("spell")
                                                        .size(1)
                                                        .maxEdits(2)
                                                        .suggestMode(
                                                                co.elastic.clients.elasticsearch._types.SuggestMode
                                                                        .Always)))),
                        JsonData.class);
        var words = new ArrayList<String>();
        boolean changed = false;
        for (var suggestion : response.suggest().getOrDefault("spell", List.of())) {
            if (!suggestion.isTerm()) {
                continue;
            }
            var term = suggestion.term();
            if (!term.options().isEmpty()) {
                words.add(term.options().get(0).text());
                changed = true;
            } else {
                words.add(term.text());
            }
        }
        return changed ? String.join(" ", words) : null;
    }
}
