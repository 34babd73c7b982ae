package org.tori.knowledge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/** Staff: the review queue and the import form (the rebuild button belongs to search). */
@Named
@RequestScoped
public class ReviewView {

    @Inject
    Lessons lessons;

    @Inject
    LessonImport importer;

    @Inject
    CurrentReader reader;

    private LessonImport.Report report;

    public void load() {
        if (Page.posted() && "import".equals(Page.param("do"))) {
            try {
                report = importer.run(Page.param("file"), reader.get());
                Page.info(
                        "review.import.result",
                        report.created(),
                        report.updated(),
                        report.errors().size());
            } catch (DomainException refused) {
                Page.refused(refused);
            }
        }
    }

    public List<LessonSummary> getQueue() {
        return lessons.inStatus(LessonStatus.IN_REVIEW, reader.get());
    }

    public LessonImport.Report getReport() {
        return report;
    }
}
