package org.tori.livinglabs.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/**
 * The results of a lab for its company and staff: per question figures, every comment, the summary
 * form, and for staff and partner cities the step that turns the results into a draft lesson.
 */
@Named
@RequestScoped
public class LabResultsView {

    @Inject
    LivingLabs labs;

    @Inject
    LabLessons lessons;

    @Inject
    CurrentMember member;

    @Inject
    CurrentReader reader;

    private LabResults results;
    private long id;

    public void load() throws IOException {
        id = Page.id("id");
        var actor = member.actor().orElseThrow();
        if (Page.posted() && id > 0) {
            try {
                if ("lesson".equals(Page.param("op"))) {
                    long lesson = lessons.draftLesson(
                            id,
                            actor,
                            reader.get(),
                            Page.faces().getViewRoot().getLocale().getLanguage());
                    Page.message(FacesMessage.SEVERITY_INFO, "lab.lesson.drafted");
                    Page.redirect("/knowledge/write?id=" + lesson);
                } else {
                    labs.publishSummary(id, Page.param("summary"), actor);
                    Page.message(FacesMessage.SEVERITY_INFO, "lab.summary.published");
                    Page.redirect("/livinglabs/manage/results?id=" + id);
                }
                return;
            } catch (DomainException refused) {
                Page.refused(refused);
            }
        }
        try {
            results = labs.results(id, actor);
        } catch (DomainException notTheirs) {
            Page.status(notTheirs.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    public LabResults getResults() {
        return results;
    }

    public long getId() {
        return id;
    }

    public boolean isMayWriteLesson() {
        var r = reader.get();
        return r.staff() || r.partner();
    }

    public String when(OffsetDateTime moment) {
        return LabTime.when(moment);
    }
}
