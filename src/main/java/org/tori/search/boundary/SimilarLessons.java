package org.tori.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.search.entity.SearchHit;

/** "Similar lessons" on a lesson's page; null while search is unavailable, so the page can say so. */
@Named
@RequestScoped
public class SimilarLessons {

    private static final Logger LOG = Logger.getLogger(SimilarLessons.class.getName());

    @Inject
    Search search;

    @Inject
    CurrentReader reader;

    private Long loadedFor;
    private List<SearchHit> hits;

    public List<SearchHit> of(long lessonId) {
        if (loadedFor == null || loadedFor != lessonId) {
            loadedFor = lessonId;
            try {
                hits = search.similar(lessonId, reader.get());
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "Similar lessons unavailable: " + e);
                hits = null;
            }
        }
        return hits;
    }
}
