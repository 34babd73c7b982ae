package org.tori.pilots.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.pilots.entity.Answer;
import org.tori.platform.faces.Page;

/** One section of a pilot's readiness record as a form, for the company, the city's owner and staff. */
@Named
@ViewScoped
public class SectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Readiness readiness;

    @Inject
    Pilots pilots;

    @Inject
    CurrentMember member;

    private long pilotId;
    private int section;
    private String title;
    private List<AnswerRow> rows = List.of();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        pilotId = Page.id("id");
        section = Page.integer("s", 0);
        var locale = Page.faces().getViewRoot().getLocale();
        var page = pilots.page(pilotId, member.actor(), locale).orElse(null);
        if (page == null || section < 1 || section > 7) {
            Page.notFound();
            return;
        }
        if (!page.mayFill()) {
            Page.status(403);
            return;
        }
        title = page.row().title();
        rows = new ArrayList<>(readiness.section(pilotId, section, member.signedIn(), locale));
    }

    public void save() throws IOException {
        readiness.save(pilotId, section, rows, member.signedIn());
        Page.done("readiness.saved", "/pilots/pilot?id=" + pilotId + "#section-" + section);
    }

    public List<Answer> getAnswers() {
        return List.of(Answer.values());
    }

    public long getPilotId() {
        return pilotId;
    }

    public int getSection() {
        return section;
    }

    public String getTitle() {
        return title;
    }

    public List<AnswerRow> getRows() {
        return rows;
    }
}
