package org.tori.judging.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.spaces.boundary.ManagerContext;
import org.tori.spaces.boundary.Spaces;

/** The judging parts of a space page: the public vote, the results with their prizes and follow-up, links for jurors and organisers. */
@Named
@RequestScoped
public class ResultsView {

    @Inject
    Judging judging;
    @Inject
    Votes votes;
    @Inject
    Spaces spaces;
    @Inject
    ManagerContext member;

    private List<PublishedResult> results;
    private List<Votes.Candidate> ballot;

    /** Empty while the page does not know its space yet (a form post decodes before parameters apply). */
    public List<PublishedResult> of(long spaceId) {
        if (spaceId <= 0) {
            return List.of();
        }
        if (results == null) {
            results = judging.results(spaceId);
        }
        return results;
    }

    public List<Votes.Candidate> ballot(long spaceId) {
        if (spaceId <= 0) {
            return List.of();
        }
        if (ballot == null) {
            ballot = votes.ballot(spaceId);
        }
        return ballot;
    }

    public Optional<Long> myVote(long spaceId) {
        return member.actor().flatMap(a -> votes.mine(spaceId, a.accountId()));
    }

    /** Casts the vote posted by the plain ballot form of the space page; run as a view action. */
    public void handle(long spaceId) {
        if (!"cast".equals(Page.param("vote-op")) || spaceId <= 0 || !Page.posted()) {
            return;
        }
        try {
            var account = member.actor().orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"));
            var choice = Page.optionalId("vote-entry");
            if (choice.isEmpty()) {
                Page.message(FacesMessage.SEVERITY_ERROR, "vote.choose");
            } else {
                votes.cast(spaceId, choice.get(), account.accountId());
                Page.info("vote.thanks");
            }
        } catch (DomainException refused) {
            Page.refused(refused);
        }
        ballot = null;
    }

    public boolean isSignedIn() {
        return member.actor().isPresent();
    }

    public boolean juror(long spaceId) {
        return spaceId > 0 && member.actor().map(a -> judging.isJurorOf(spaceId, a.accountId())).orElse(false);
    }

    /** Whether the judging tools are the visitor's: organisers of a space whose entries are judged. */
    public boolean manager(long spaceId) {
        return spaceId > 0 && member.actor().map(a -> spaces.mayManage(spaceId, a) && spaces.isJudged(spaceId)).orElse(false);
    }
}
