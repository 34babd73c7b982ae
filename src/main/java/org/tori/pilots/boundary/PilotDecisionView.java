package org.tori.pilots.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.pilots.entity.Pilot;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.faces.Page;

/** Staff decide on a pilot: the record's gaps in view, scale-up confirmed with a reason, a stop with its lesson. */
@Named
@ViewScoped
public class PilotDecisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Pilots pilots;

    @Inject
    CurrentMember member;

    @Inject
    Instance<PilotRoadmap> roadmap;

    private long pilotId;
    private boolean roadmapOffered;
    private transient PilotPage page;
    private final DecisionForm form = new DecisionForm();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        pilotId = Page.id("id");
        page = pilots.page(pilotId, member.actor(), Page.faces().getViewRoot().getLocale())
                .orElse(null);
        if (page == null) {
            Page.notFound();
            return;
        }
        roadmapOffered = roadmap.isResolvable() && !roadmap.get().linked(pilotId);
    }

    /** Staff may put the pilot on the roadmap with the decision while no item names it. */
    public boolean isRoadmapOffered() {
        return roadmapOffered;
    }

    public void decide() throws IOException {
        var actor = member.actor().orElseThrow(() -> new DomainException(Kind.UNAUTHORIZED, "problem.unauthorized"));
        pilots.decide(pilotId, form, actor);
        Page.done("pilot.decided", "/pilots/pilot?id=" + pilotId);
    }

    /** The moves the pilot's stage allows; a running pilot may also continue as it is. */
    public List<String> getStages() {
        var now = Pilot.Stage.valueOf(getPage().row().stage());
        return Arrays.stream(Pilot.Stage.values())
                .filter(s -> now.canMoveTo(s) || (now == Pilot.Stage.RUNNING && s == Pilot.Stage.RUNNING))
                .map(Enum::name)
                .toList();
    }

    public PilotPage getPage() {
        if (page == null && pilotId > 0) {
            page = pilots.page(
                            pilotId, member.actor(), Page.faces().getViewRoot().getLocale())
                    .orElse(null);
        }
        return page;
    }

    public DecisionForm getForm() {
        return form;
    }
}
