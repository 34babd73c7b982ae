package org.tori.spaces.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.time.ProgramTime;

/**
 * The dates a space plans by: when it opens (a hackathon's submissions start, a lab's test window
 * begins), when submissions close (a lab's test window ends, a consultation's comments close) and the
 * results day. What each date means depends on the kind; {@link #calendar} names them.
 */
public record SubmissionWindow(OffsetDateTime opensAt, OffsetDateTime closesAt, OffsetDateTime resultsAt) {

    /** The window as an organiser enters it: closing after opening, results not before the closing day. */
    public static SubmissionWindow checked(OffsetDateTime opensAt, OffsetDateTime closesAt, OffsetDateTime resultsAt) {
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new DomainException(Kind.INVALID, "space.deadline.beforeOpening", "submissionDeadline");
        }
        // results are announced on a day: the closing day itself is allowed, whatever its hour
        if (closesAt != null
                && resultsAt != null
                && ProgramTime.dateOf(resultsAt).isBefore(ProgramTime.dateOf(closesAt))) {
            throw new DomainException(Kind.INVALID, "space.results.beforeDeadline", "resultsAt");
        }
        return new SubmissionWindow(opensAt, closesAt, resultsAt);
    }

    public boolean isComplete() {
        return opensAt != null && closesAt != null;
    }

    public boolean hasClosed(OffsetDateTime now) {
        return closesAt != null && now.isAfter(closesAt);
    }

    /**
     * The space's dated steps in order, each marked past, current (the last one reached) or upcoming.
     * A step is reached when the space's phase has got there, or when its date has passed.
     */
    public List<Milestone.Dated> calendar(SpaceKind kind, Phase phase, OffsetDateTime now) {
        var steps = new ArrayList<Milestone.Dated>();
        int current = -1;
        for (var milestone : kind.milestones()) {
            var at = milestone.dateIn(this);
            if (at == null && milestone.dated()) {
                continue;
            }
            boolean byPhase = phase.isPublic()
                    && kind.phases().indexOf(phase) >= kind.phases().indexOf(milestone.reaches());
            boolean reached = byPhase || (at != null && !now.isBefore(at));
            if (reached) {
                current = steps.size();
            }
            steps.add(new Milestone.Dated(
                    milestone,
                    at,
                    reached ? Milestone.State.PAST : Milestone.State.UPCOMING,
                    byPhase && at != null && at.isAfter(now)));
        }
        if (current >= 0 && phase != Phase.ARCHIVED) {
            var step = steps.get(current);
            steps.set(current, new Milestone.Dated(step.milestone(), step.at(), Milestone.State.CURRENT, step.early()));
        }
        return List.copyOf(steps);
    }
}
