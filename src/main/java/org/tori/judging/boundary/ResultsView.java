package org.tori.judging.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.spaces.boundary.ManagerContext;

/** The results panel of a space page, and the link to scoring for its jurors. */
@Named
@RequestScoped
public class ResultsView {

    @Inject
    Judging judging;
    @Inject
    ManagerContext member;

    private List<PublishedResult> results;

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

    public boolean juror(long spaceId) {
        return spaceId > 0 && member.actor().map(a -> judging.isJurorOf(spaceId, a.accountId())).orElse(false);
    }
}
