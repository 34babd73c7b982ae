package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;
import org.tori.platform.time.ProgramTime;

/** A collective's page: vision with its history, action plan, members, discussion, and the forms of who may act. */
@Named
@RequestScoped
public class CollectiveView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Inject
    Collectives collectives;

    @Inject
    CurrentMember member;

    private CollectivePage collective;

    public void load() throws IOException {
        var page = collectives.page(Page.id("id"), member.actor().orElse(null));
        if (page.isEmpty()) {
            Page.notFound();
            return;
        }
        collective = page.get();
    }

    public CollectivePage getCollective() {
        return collective;
    }

    /** The newest version of the vision, or null before the first. */
    public CollectivePage.Vision getCurrentVision() {
        return collective == null ? null : collective.currentVision();
    }

    public String when(OffsetDateTime moment) {
        return moment == null ? "" : WHEN.format(ProgramTime.localOf(moment));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The vision's text field: as typed after a refusal, else the current version to edit. */
    public String getVisionText() {
        if (Boolean.TRUE.equals(Page.faces().getExternalContext().getFlash().get(ValueStreamActs.REFUSED))) {
            return Page.typed("vision");
        }
        var current = getCurrentVision();
        return current == null ? "" : current.body();
    }

    public String typed(String name) {
        return Page.typed(name);
    }
}
