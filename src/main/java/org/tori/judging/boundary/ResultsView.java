package org.tori.judging.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Texts;
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
    @Inject
    FacesContext faces;

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
        var params = faces.getExternalContext().getRequestParameterMap();
        if (!"cast".equals(params.get("vote-op")) || spaceId <= 0 || !"POST".equals(((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest()).getMethod())) {
            return;
        }
        String text;
        try {
            var account = member.actor().orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"));
            votes.cast(spaceId, Long.parseLong(params.getOrDefault("vote-entry", "0")), account.accountId());
            text = Texts.get(faces.getViewRoot().getLocale(), "vote.thanks");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (NumberFormatException noChoice) {
            text = Texts.get(faces.getViewRoot().getLocale(), "vote.choose");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        } catch (DomainException refused) {
            text = Texts.get(faces.getViewRoot().getLocale(), refused.key());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        ballot = null;
    }

    public boolean isSignedIn() {
        return member.actor().isPresent();
    }

    public boolean juror(long spaceId) {
        return spaceId > 0 && member.actor().map(a -> judging.isJurorOf(spaceId, a.accountId())).orElse(false);
    }

    public boolean manager(long spaceId) {
        return spaceId > 0 && member.actor().map(a -> spaces.mayManage(spaceId, a)).orElse(false);
    }
}
