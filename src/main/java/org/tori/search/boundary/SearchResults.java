package org.tori.search.boundary;

import java.util.List;
import java.util.Map;
import org.tori.search.entity.SearchHit;

/**
 * Hits of one page, the total, facet counts per facet name, and a corrected query when nothing
 * matched. {@code partial}: Elasticsearch stopped at the search's time limit, so hits, total and
 * facets may miss some records (and "nothing matched" would not be true).
 */
public record SearchResults(
        long total, List<SearchHit> hits, Map<String, List<Facet>> facets, String didYouMean, boolean partial) {

    public record Facet(String value, long count) {}
}
