package org.tori.livinglabs.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.livinglabs.control.LabReader;
import org.tori.platform.DomainException;
import org.tori.spaces.boundary.ManagerContext;

/** Staff's list of proposed experiments: approve one (it opens for sign-ups) or return it with a note. */
@Named
@RequestScoped
public class ProposalsView {

    @Inject
    LivingLabs labs;
    @Inject
    ManagerContext member;

    private List<LabReader.PendingProposal> proposals = List.of();

    public void load() throws IOException {
        var actor = member.actor().orElseThrow();
        long space = LabPage.id("space");
        if (LabPage.posted() && space > 0) {
            try {
                if ("approve".equals(LabPage.param("op"))) {
                    labs.approve(space, actor);
                    LabPage.message(FacesMessage.SEVERITY_INFO, "lab.approved");
                } else {
                    labs.returnProposal(space, LabPage.param("note"), actor);
                    LabPage.message(FacesMessage.SEVERITY_INFO, "lab.returned");
                }
                LabPage.redirect("/livinglabs/staff/proposals");
                return;
            } catch (DomainException refused) {
                LabPage.refused(refused);
            }
        }
        proposals = labs.proposals(actor);
    }

    public List<LabReader.PendingProposal> getProposals() {
        return proposals;
    }

    public String when(OffsetDateTime moment) {
        return LabPage.when(moment);
    }
}
