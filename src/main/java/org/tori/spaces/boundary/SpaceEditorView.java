package org.tori.spaces.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * Staff and partner cities create a space as a draft, and its organisers edit it later (with
 * {@code ?id=}). Dates are entered as days in the city's
 * time: a space opens at the start of its first day and takes submissions until the end of the last.
 */
@Named
@RequestScoped
public class SpaceEditorView {

    @Inject
    Spaces spaces;

    @Inject
    CurrentMember member;

    @Inject
    FacesContext faces;

    private final SpaceForm form = new SpaceForm();
    private LocalDate opens;
    private LocalDate deadline;
    private LocalDate results;
    private long id;

    /** Reads the space to edit from the request; on the first visit the form shows what it says now. */
    @PostConstruct
    void read() {
        id = Page.optionalId("id").orElse(0L);
        if (id > 0 && !faces.isPostback()) {
            spaces.detail(id, member.actor().orElse(null)).ifPresent(this::fill);
        }
    }

    /** 404 for a space the member may not manage (or that does not exist). */
    public void load() throws IOException {
        if (id > 0 && member.actor().map(a -> !spaces.mayManage(id, a)).orElse(true)) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    private void fill(SpaceDetail detail) {
        var s = detail.summary();
        form.setKind(SpaceKind.valueOf(s.kind()));
        form.setTitle(s.title());
        form.setSummary(s.summary());
        form.setDescription(detail.descriptionSource());
        form.setThemes(s.themes().stream()
                .map(Theme::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class))));
        form.setDomain(s.domain() == null ? null : CityDomain.valueOf(s.domain()));
        form.setValueStreams(s.valueStreams().stream()
                .map(ValueStream::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ValueStream.class))));
        form.setOrganiser(s.organiser());
        form.setCity(s.city());
        form.setPlace(s.place());
        form.setPublicVote(detail.publicVote());
        form.setEligibility(detail.eligibility());
        opens = ProgramTime.dateOf(s.opensAt());
        deadline = ProgramTime.dateOf(s.submissionDeadline());
        results = ProgramTime.dateOf(s.resultsAt());
    }

    /** The kinds the signed-in member may start: a company proposes living labs only. */
    public List<SpaceKind> getKinds() {
        return member.actor().map(Spaces::creatableKinds).orElse(List.of());
    }

    public boolean isEditing() {
        return id > 0;
    }

    public long getId() {
        return id;
    }

    public void create() throws IOException {
        form.setOpensAt(ProgramTime.startOf(opens));
        form.setSubmissionDeadline(ProgramTime.closingOf(deadline));
        form.setResultsAt(results == null ? null : ProgramTime.at(results.atTime(LocalTime.NOON)));
        long target = id;
        if (id > 0) {
            spaces.edit(id, form, member.actor().orElseThrow());
        } else {
            target = spaces.create(form, member.actor().orElseThrow());
        }
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/spaces/space?id=" + target);
        faces.responseComplete();
    }

    public SpaceForm getForm() {
        return form;
    }

    public LocalDate getOpens() {
        return opens;
    }

    public void setOpens(LocalDate opens) {
        this.opens = opens;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public LocalDate getResults() {
        return results;
    }

    public void setResults(LocalDate results) {
        this.results = results;
    }
}
