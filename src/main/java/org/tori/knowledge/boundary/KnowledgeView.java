package org.tori.knowledge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The knowledge base's front page: a search box and the newest lessons the reader may read. */
@Named
@RequestScoped
public class KnowledgeView {

    @Inject
    Lessons lessons;

    @Inject
    CurrentReader reader;

    private List<LessonSummary> latest;

    public List<LessonSummary> getLatest() {
        if (latest == null) {
            latest = lessons.latest(reader.get(), 20);
        }
        return latest;
    }

    public boolean isWriter() {
        return reader.get().partner() || reader.get().staff();
    }

    public boolean isStaff() {
        return reader.get().staff();
    }
}
