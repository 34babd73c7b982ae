package org.tori.spaces.entity;

import static org.tori.spaces.entity.Phase.ARCHIVED;
import static org.tori.spaces.entity.Phase.DRAFT;
import static org.tori.spaces.entity.Phase.JUDGING;
import static org.tori.spaces.entity.Phase.OPEN;
import static org.tori.spaces.entity.Phase.RESULTS;
import static org.tori.spaces.entity.Phase.SCREENING;
import static org.tori.spaces.entity.Phase.SUBMISSION;

import java.util.List;

/**
 * The kinds of co-creation space and the phases each goes through, in order. A hackathon opens for
 * registration and team forming, then takes concepts; a contest takes entries while open, then
 * staff screen them for eligibility before the jury.
 */
public enum SpaceKind {
    HACKATHON(List.of(DRAFT, OPEN, SUBMISSION, JUDGING, RESULTS, ARCHIVED)),
    CONTEST(List.of(DRAFT, OPEN, SCREENING, JUDGING, RESULTS, ARCHIVED));

    private final List<Phase> phases;

    SpaceKind(List<Phase> phases) {
        this.phases = phases;
    }

    public List<Phase> phases() {
        return phases;
    }

    /** The phase that follows, or the same phase at the end of the life cycle. */
    public Phase next(Phase current) {
        int i = phases.indexOf(current);
        return i < 0 || i == phases.size() - 1 ? current : phases.get(i + 1);
    }

    /** Whether entrants may form teams: a hackathon concept always comes from a team, a contest entry may. */
    public boolean hasTeams() {
        return this == HACKATHON || this == CONTEST;
    }

    /** Whether people may join while the space is in this phase. */
    public boolean joinable(Phase phase) {
        return phase == OPEN || (this == HACKATHON && phase == SUBMISSION);
    }
}
