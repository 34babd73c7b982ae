package org.tori.pilots.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;

/** The staff overview at /pilots/: every pilot with its readiness bars, and the form to start one directly. */
@Named
@ViewScoped
public class PilotsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Pilots pilots;

    @Inject
    CurrentMember member;

    private final StartForm start = new StartForm();
    private transient List<PilotRow> rows;

    /** From a living lab's page the form comes with the lab filled in. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            Page.optionalId("lab").ifPresent(lab -> start.setLab(Long.toString(lab)));
        }
    }

    public List<PilotRow> getRows() {
        if (rows == null) {
            rows = pilots.overview(member.signedIn());
        }
        return rows;
    }

    public void startPilot() throws IOException {
        long id = pilots.start(start, member.signedIn());
        Page.done("pilot.started", "/pilots/pilot?id=" + id);
    }

    public StartForm getStart() {
        return start;
    }
}
