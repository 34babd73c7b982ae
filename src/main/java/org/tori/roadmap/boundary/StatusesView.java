package org.tori.roadmap.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.roadmap.entity.Outcome;

/** The staff page of the status list: each status's name and default progress, and new statuses. */
@Named
@ViewScoped
public class StatusesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoadmapStaff staff;

    @Inject
    CurrentReader reader;

    private List<StatusForm> rows = List.of();
    private StatusForm added = new StatusForm();

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            rows = new ArrayList<>(staff.statusForms(reader.get()));
        }
    }

    /** A refusal here is about one of several rows: it is shown at the top, the rows as typed. */
    public void save() throws IOException {
        try {
            staff.saveStatuses(rows, reader.get());
        } catch (DomainException e) {
            throw new DomainException(e.kind(), e.key());
        }
        Page.done("roadmap.statuses.saved", "/roadmap/staff/statuses");
    }

    /** A refusal names the list's fields (statusName); on this form they are the new status's. */
    public void add() throws IOException {
        try {
            staff.addStatus(added, reader.get());
        } catch (DomainException e) {
            var field = e.field() == null || "statusCode".equals(e.field())
                    ? e.field()
                    : "new" + Character.toUpperCase(e.field().charAt(0))
                            + e.field().substring(1);
            throw new DomainException(e.kind(), e.key(), field);
        }
        Page.done("roadmap.statuses.added", "/roadmap/staff/statuses");
    }

    public List<Outcome> getOutcomes() {
        return List.of(Outcome.values());
    }

    public List<StatusForm> getRows() {
        return rows;
    }

    public StatusForm getAdded() {
        return added;
    }
}
