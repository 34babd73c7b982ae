package org.tori.spaces.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.tori.spaces.entity.Entry;
import org.tori.spaces.entity.Space;

/**
 * One space in full: its summary, the sanitised description, the phases it goes through, and what
 * its kind allows in the present phase, as the entity decides it (pages ask this, never the kind's name).
 */
public record SpaceDetail(
        SpaceSummary summary,
        String descriptionHtml,
        List<String> lifeCycle,
        String nextPhase,
        boolean takingEntries,
        boolean publicVote,
        boolean takingVotes,
        String eligibility,
        String descriptionSource,
        boolean joinable,
        boolean showsTeams,
        boolean formsTeams,
        String noTeamsKey,
        boolean screeningOver,
        boolean entriesNeedTeam,
        boolean takesChallenges,
        List<CalendarStep> calendar) {

    /** A dated step of the space's calendar; state is PAST, CURRENT or UPCOMING; early when reached before its date. */
    public record CalendarStep(String step, String labelKey, OffsetDateTime at, String state, boolean early) {}

    static SpaceDetail of(Space s, int participants, OffsetDateTime now) {
        var next = s.getKind().next(s.getPhase());
        var calendar = s.calendar(now).stream()
                .map(d -> new CalendarStep(
                        d.milestone().name(), d.labelKey(), d.at(), d.state().name(), d.early()))
                .toList();
        return new SpaceDetail(
                SpaceSummary.of(s, participants),
                s.getDescriptionHtml(),
                s.getKind().phases().stream().map(Enum::name).toList(),
                next == s.getPhase() ? null : next.name(),
                s.takesEntries(),
                s.isPublicVote(),
                s.takesVotes(),
                s.getEligibility(),
                s.getDescriptionSource(),
                s.isJoinable(),
                s.showsTeams(),
                s.formsTeams(),
                s.getKind().noTeamsKey(s.getPhase()),
                s.isScreeningOver(),
                s.getKind().entriesNeedTeam(),
                s.takesChallenges(),
                calendar);
    }

    /** The key of the line an entry's screening state reads as in this space's present phase. */
    public String screeningKey(String screening) {
        return Entry.Screening.valueOf(screening).labelKey(screeningOver);
    }
}
