package org.tori.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;
import org.tori.platform.lifeevents.LifeEventFilter;
import org.tori.search.entity.SearchHit;

/** The search page: a GET form and plain links, so every search and every narrowing can be shared. */
@Named
@RequestScoped
public class SearchView {

    private static final Logger LOG = Logger.getLogger(SearchView.class.getName());
    private static final Map<String, String> LABEL_KEYS = Map.of(
            "type",
            "search.type.",
            "theme",
            "theme.",
            "domain",
            "domain.",
            "valueStream",
            "stream.",
            "cause",
            "cause.",
            "lang",
            "search.lang.");

    @Inject
    Search search;

    @Inject
    CurrentReader reader;

    @Inject
    LifeEventFilter lifeEvents;

    private final Map<String, String> params = new LinkedHashMap<>();
    private SearchQuery query = SearchQuery.text("");
    private SearchResults results;
    private boolean unavailable;

    public void load() {
        for (var name : List.of(
                "q",
                "type",
                "city",
                "theme",
                "domain",
                "valueStream",
                "cause",
                "lang",
                "year",
                "sort",
                "page",
                "lifeEvent")) {
            var value = Page.param(name);
            if (value != null) {
                params.put(name, value);
            }
        }
        // a year or page that is not a number is a broken address, answered with the 400 page
        int page = Math.max(0, Page.integer("page", 0));
        Integer year = params.containsKey("year") ? Page.integer("year", 0) : null;
        query = new SearchQuery(
                        params.get("q"),
                        params.get("type"),
                        params.get("city"),
                        params.get("theme"),
                        params.get("domain"),
                        params.get("valueStream"),
                        params.get("cause"),
                        params.get("lang"),
                        year,
                        params.get("sort"),
                        page * SearchQuery.DEFAULT_SIZE,
                        SearchQuery.DEFAULT_SIZE)
                .withLifeEvent(params.get("lifeEvent"));
        try {
            results = search.find(query, reader.get());
            if (results.partial()) {
                // a page that may miss hits is not kept for the next reader (platform/cache/RenderedPage)
                FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
            }
        } catch (DomainException badFilter) {
            params.remove(badFilter.field());
            results = null;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Search unavailable: " + e);
            unavailable = true;
        }
    }

    /** A link to this search with one facet value added, or removed when it is already chosen. */
    public String toggle(String facet, String value) {
        var next = new LinkedHashMap<>(params);
        next.remove("page");
        if (value.equals(next.get(facet))) {
            next.remove(facet);
        } else {
            next.put(facet, value);
        }
        return link(next);
    }

    public String pageLink(int page) {
        var next = new LinkedHashMap<>(params);
        next.put("page", String.valueOf(page));
        return link(next);
    }

    public String sortLink(String sort) {
        var next = new LinkedHashMap<>(params);
        next.remove("page");
        next.put("sort", sort);
        return link(next);
    }

    public String didYouMeanLink() {
        var next = new LinkedHashMap<>(params);
        next.put("q", results.didYouMean());
        return link(next);
    }

    public boolean chosen(String facet, String value) {
        return value.equals(params.get(facet));
    }

    public String label(String facet, String value) {
        if (facet.equals("lifeEvent")) {
            return lifeEvents.getGroups().stream()
                    .flatMap(g -> g.choices().stream())
                    .filter(c -> String.valueOf(c.id()).equals(value))
                    .map(c -> c.name())
                    .findFirst()
                    .orElse(value);
        }
        var prefix = LABEL_KEYS.get(facet);
        if (prefix == null) {
            return value;
        }
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Texts.get(locale, prefix + value);
    }

    private static String link(Map<String, String> values) {
        return "?"
                + values.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    /** What the type filter offers, in the order of the page. */
    public List<String> getTypes() {
        return Search.TYPES;
    }

    public String getType() {
        return query.type();
    }

    public String getQ() {
        return query.q();
    }

    public String getSort() {
        return query.sort();
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public List<SearchHit> getHits() {
        return results == null ? List.of() : results.hits();
    }

    public long getTotal() {
        return results == null ? 0 : results.total();
    }

    public Map<String, List<SearchResults.Facet>> getFacets() {
        return results == null ? Map.of() : results.facets();
    }

    public List<String> getFacetNames() {
        return getFacets().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The line where hits are listed, when it says something: its key in the search bundle, or null. */
    public String getNotice() {
        return notice(results);
    }

    /**
     * Nothing matched; or the search stopped at its time limit, before it found anything or with
     * more hits perhaps left unfound. An answer cut short never says "nothing matched".
     */
    static String notice(SearchResults results) {
        if (results == null) {
            return "search.none";
        }
        if (results.partial()) {
            return results.hits().isEmpty() ? "search.stopped.none" : "search.stopped.some";
        }
        return results.hits().isEmpty() ? "search.none" : null;
    }

    public String getDidYouMean() {
        return results == null ? null : results.didYouMean();
    }

    public int getPage() {
        return query.from() / SearchQuery.DEFAULT_SIZE;
    }

    public boolean isHasNext() {
        return query.from() + SearchQuery.DEFAULT_SIZE
                < Math.min(getTotal(), SearchQuery.MAX_FROM + SearchQuery.DEFAULT_SIZE);
    }
}
