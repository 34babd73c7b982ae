package org.tori.judging.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.boundary.Spaces;

/**
 * A juror's score sheet for one space: every entry to judge with a field per criterion. Each entry
 * is a small form posting back to the page (fields points-CRITERION, button entry=ID); the page's
 * view action saves it, so no view state is needed.
 */
@Named
@RequestScoped
public class JurorView {

    @Inject
    Judging judging;

    @Inject
    CurrentMember member;

    @Inject
    Spaces spaces;

    private long space;
    private List<Judging.Assignment> assignments;
    private List<CriterionSummary> criteria;

    public void load() throws IOException {
        var juror = member.actor().orElseThrow().accountId();
        var entry = Page.optionalId("entry");
        if (Page.posted() && entry.isPresent()) {
            try {
                save(entry.get());
                return;
            } catch (DomainException refused) {
                Page.refused(refused);
            }
        }
        criteria = judging.criteria(space);
        assignments = judging.assignments(space, juror);
    }

    private void save(long entryId) throws IOException {
        var points = new HashMap<Long, Integer>();
        for (var criterion : judging.criteria(space)) {
            var raw = Page.param("points-" + criterion.id());
            try {
                points.put(criterion.id(), Integer.parseInt(raw == null ? "" : raw.strip()));
            } catch (NumberFormatException notANumber) {
                throw new DomainException(DomainException.Kind.INVALID, "score.points.range");
            }
        }
        judging.score(entryId, points, member.actor().orElseThrow().accountId());
        Page.done("score.saved", "/judging/score?space=" + space);
    }

    public List<Judging.Assignment> getAssignments() {
        return assignments;
    }

    public List<CriterionSummary> getCriteria() {
        return criteria;
    }

    /** The day the jury is to finish by: the day results are due (Helsinki time), or null when none is set. */
    public LocalDate getDeadline() {
        return spaces.detail(space, member.actor().orElse(null))
                .map(d -> d.summary().resultsAt())
                .map(ProgramTime::dateOf)
                .orElse(null);
    }

    public long getSpace() {
        return space;
    }

    public void setSpace(long space) {
        this.space = space;
    }
}
