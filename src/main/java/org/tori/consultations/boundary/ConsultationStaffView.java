package org.tori.consultations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.boundary.SpaceDetail;
import org.tori.spaces.boundary.Spaces;

/**
 * The staff page of a consultation: write version 1 while it is a draft, answer comments, and
 * publish a revision in review (sections copied from the newest version, edited on the page).
 */
@Named
@RequestScoped
public class ConsultationStaffView {

    /** Empty rows under the existing sections, for new ones. */
    private static final int NEW_ROWS = 2;

    @Inject
    Consultations consultations;

    @Inject
    Spaces spaces;

    @Inject
    CurrentMember member;

    private long id;
    private SpaceDetail space;
    private Overview overview;
    private VersionDetail current;
    private List<SectionInput> rows = List.of();

    @PostConstruct
    void read() {
        id = Page.optionalId("id").orElse(0L);
    }

    /** Acts on a posted form (op = draft, publish or answer), then shows the page; 404 for what is not a consultation. */
    public void load() throws IOException {
        var actor = member.actor().orElse(null);
        boolean refused = false;
        if (Page.posted() && Page.param("op") != null && actor != null) {
            try {
                act(actor);
            } catch (DomainException refusal) {
                Page.refused(refusal);
                refused = true;
            }
        }
        space = id <= 0 ? null : spaces.detail(id, actor).orElse(null);
        overview = space == null ? null : consultations.overview(id, actor).orElse(null);
        if (overview == null) {
            Page.notFound();
            return;
        }
        current = overview.current() > 0
                ? consultations.version(id, overview.current(), actor).orElse(null)
                : null;
        var start = new ArrayList<>(refused ? sections() : consultations.startingPoint(id, actor));
        for (int i = 0; i < NEW_ROWS; i++) {
            start.add(new SectionInput("", "", ""));
        }
        rows = start;
    }

    private void act(Actor actor) {
        switch (Page.param("op")) {
            case "draft" -> {
                consultations.writeDraft(id, sections(), actor);
                message(FacesMessage.SEVERITY_INFO, "consultation.draft.saved");
            }
            case "publish" -> {
                var until = "reopen".equals(Page.param("after")) ? deadline(Page.param("deadline")) : null;
                consultations.publishRevision(
                        id, new RevisionInput(Page.param("changeNote"), sections(), until), actor);
                message(
                        FacesMessage.SEVERITY_INFO,
                        until == null ? "consultation.revision.final" : "consultation.revision.reopened");
            }
            case "answer" -> {
                consultations.answer(Page.id("comment"), Page.param("answer"), actor);
                message(FacesMessage.SEVERITY_INFO, "consultation.answer.saved");
            }
            default -> {
                // an unknown operation: show the page as it is
            }
        }
    }

    private static OffsetDateTime deadline(String raw) {
        try {
            return ProgramTime.at(LocalDateTime.parse(raw == null ? "" : raw.strip()));
        } catch (DateTimeParseException notADate) {
            throw new DomainException(DomainException.Kind.INVALID, "space.reopen.deadlineFuture", "deadline");
        }
    }

    private static List<SectionInput> sections() {
        var numbers = Page.values("number");
        var headings = Page.values("heading");
        var bodies = Page.values("body");
        var result = new ArrayList<SectionInput>();
        for (int i = 0; i < headings.length && i < bodies.length; i++) {
            result.add(new SectionInput(i < numbers.length ? numbers[i] : "", headings[i], bodies[i]));
        }
        return result;
    }

    private static void message(FacesMessage.Severity severity, String key) {
        Page.message(severity, key);
    }

    public long getId() {
        return id;
    }

    public SpaceDetail getSpace() {
        return space;
    }

    public Overview getOverview() {
        return overview;
    }

    public VersionDetail getCurrent() {
        return current;
    }

    public List<SectionInput> getRows() {
        return rows;
    }

    public long getCommentCount() {
        return current == null
                ? 0
                : current.sections().stream()
                        .mapToLong(s -> s.comments().size())
                        .sum();
    }

    public int getNextNumber() {
        return overview == null ? 1 : overview.current() + 1;
    }
}
