package org.tori.spaces.boundary;

import java.util.List;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.Space;
import org.tori.spaces.entity.SpaceKind;

/** One space in full: its summary, the sanitised description, and the phases it goes through. */
public record SpaceDetail(SpaceSummary summary, String descriptionHtml, List<String> lifeCycle, String nextPhase,
        boolean takingEntries, boolean publicVote, boolean takingVotes, String eligibility, String descriptionSource) {

    static SpaceDetail of(Space s) {
        var next = s.getKind().next(s.getPhase());
        boolean takingEntries = (s.getKind() == SpaceKind.CONTEST && s.getPhase() == Phase.OPEN)
                || (s.getKind() == SpaceKind.HACKATHON && s.getPhase() == Phase.SUBMISSION);
        return new SpaceDetail(SpaceSummary.of(s), s.getDescriptionHtml(),
                s.getKind().phases().stream().map(Enum::name).toList(), next == s.getPhase() ? null : next.name(),
                takingEntries, s.isPublicVote(), s.takesVotes(), s.getEligibility(), s.getDescriptionSource());
    }
}
