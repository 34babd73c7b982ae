package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;

/** Staff's queue of reported space comments: each with its reasons, to hide with a reason or keep. */
@Named
@RequestScoped
public class ModerationQueueView {

    @Inject
    Comments comments;

    @Inject
    CurrentMember member;

    private List<ReportedComment> reported;

    public List<ReportedComment> getReported() {
        if (reported == null) {
            reported = comments.reported(member.actor().orElseThrow());
        }
        return reported;
    }
}
