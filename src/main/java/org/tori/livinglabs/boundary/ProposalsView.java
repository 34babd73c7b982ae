package org.tori.livinglabs.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/** Staff's list of proposed experiments: approve one (it opens for sign-ups) or return it with a note. */
@Named
@RequestScoped
public class ProposalsView {

    @Inject
    LivingLabs labs;

    @Inject
    CurrentMember member;

    private List<LabReader.PendingProposal> proposals = List.of();

    public void load() throws IOException {
        var actor = member.actor().orElseThrow();
        long space = Page.optionalId("space").orElse(0L);
        if (Page.posted() && space > 0) {
            try {
                if ("approve".equals(Page.param("op"))) {
                    labs.approve(space, actor);
                    Page.message(FacesMessage.SEVERITY_INFO, "lab.approved");
                } else {
                    labs.returnProposal(space, Page.param("note"), actor);
                    Page.message(FacesMessage.SEVERITY_INFO, "lab.returned");
                }
                Page.redirect("/livinglabs/staff/proposals");
                return;
            } catch (DomainException refused) {
                Page.refused(refused);
            }
        }
        proposals = labs.proposals(actor);
    }

    public List<LabReader.PendingProposal> getProposals() {
        return proposals;
    }

    public String when(OffsetDateTime moment) {
        return LabTime.when(moment);
    }
}
