package org.tori.pilots.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;

/** Staff hand a pilot to another owner on the city's side, chosen by name or e-mail. */
@Named
@ViewScoped
public class PilotOwnerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotLinks links;

    @Inject
    Pilots pilots;

    @Inject
    CurrentMember member;

    private long pilotId;
    private String pilotTitle;
    private String current;
    private String owner;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        pilotId = Page.id("id");
        var page = pilots.page(
                        pilotId, member.actor(), Page.faces().getViewRoot().getLocale())
                .orElse(null);
        if (page == null) {
            Page.notFound();
            return;
        }
        pilotTitle = page.row().title();
        current = links.owner(pilotId, member.signedIn())
                .map(a -> a.name() + " (" + a.email() + ")")
                .orElse(null);
    }

    public void change() throws IOException {
        links.changeOwner(pilotId, owner, member.signedIn());
        Page.done("pilot.owner.saved", "/pilots/pilot?id=" + pilotId);
    }

    public long getPilotId() {
        return pilotId;
    }

    public String getPilotTitle() {
        return pilotTitle;
    }

    public String getCurrent() {
        return current;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
