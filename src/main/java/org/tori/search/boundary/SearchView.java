package org.tori.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import org.tori.search.entity.SearchHit;

/** The search page: a GET form, so every search is a link that can be shared. */
@Named
@RequestScoped
public class SearchView {

    private static final Logger LOG = Logger.getLogger(SearchView.class.getName());

    @Inject
    Search search;

    private String q;
    private Search.Results results;
    private boolean unavailable;

    public void load() {
        try {
            results = search.find(q);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warning(() -> "Search unavailable: " + e);
            unavailable = true;
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
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
}
