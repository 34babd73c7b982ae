package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Staff and partner cities create a space as a draft. Dates are entered as days in the city's
 * time: a space opens at the start of its first day and takes submissions until the end of the last.
 */
@Named
@RequestScoped
public class NewSpaceView {

    static final ZoneId CITY_TIME = ZoneId.of("Europe/Helsinki");

    @Inject
    Spaces spaces;
    @Inject
    ManagerContext manager;
    @Inject
    FacesContext faces;

    private final SpaceForm form = new SpaceForm();
    private LocalDate opens;
    private LocalDate deadline;
    private LocalDate results;

    public void create() throws IOException {
        form.setOpensAt(opens == null ? null : opens.atStartOfDay(CITY_TIME).toOffsetDateTime());
        form.setSubmissionDeadline(deadline == null ? null : deadline.atTime(LocalTime.of(23, 59)).atZone(CITY_TIME).toOffsetDateTime());
        form.setResultsAt(results == null ? null : results.atTime(LocalTime.NOON).atZone(CITY_TIME).toOffsetDateTime());
        long id = spaces.create(form, manager.actor().orElseThrow());
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/spaces/space?id=" + id);
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
