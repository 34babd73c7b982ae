package org.tori.spaces.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

/** What each kind of space allows in each phase, and how its calendar reads: one rule source for every page. */
class PhaseRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private static Space space(
            SpaceKind kind, OffsetDateTime opens, OffsetDateTime closes, OffsetDateTime results, Phase... moves) {
        var space = new Space(
                kind,
                new SpaceDetails("Space", "s", "", Set.of(), null, Set.of(), null, null, null, opens, closes, results),
                "",
                9,
                NOW.minusDays(30));
        for (var phase : moves) {
            space.moveTo(phase, null);
        }
        return space;
    }

    private static List<String> labels(Space space) {
        return space.calendar(NOW).stream()
                .map(d -> d.labelKey() + "=" + d.state())
                .toList();
    }

    @Test
    void aContestInJudgingNoLongerPromisesAClosingInTheFuture() {
        var contest = space(
                SpaceKind.CONTEST,
                NOW.minusDays(5),
                NOW.plusDays(5),
                NOW.plusDays(20),
                Phase.OPEN,
                Phase.SCREENING,
                Phase.JUDGING);
        assertEquals(
                List.of(
                        "space.step.OPENS.past=PAST",
                        "space.step.ENTRIES_CLOSE.past=PAST",
                        "space.step.JUDGING.past=CURRENT",
                        "space.step.RESULTS=UPCOMING"),
                labels(contest));
        var closing = contest.calendar(NOW).get(1);
        assertTrue(closing.early(), "closed before its planned date");
        assertFalse(contest.takesEntries());
        assertFalse(contest.isJoinable());
        assertTrue(contest.isScreeningOver(), "no entry waits for screening while the jury judges");
        assertEquals("entry.screening.SUBMITTED.over", Entry.Screening.SUBMITTED.labelKey(contest.isScreeningOver()));
        assertEquals("entry.screening.SUBMITTED", Entry.Screening.SUBMITTED.labelKey(false));
        assertEquals("entry.screening.INCOMPLETE", Entry.Screening.INCOMPLETE.labelKey(true));
    }

    @Test
    void anOpenHackathonSaysWhenSubmissionsStart() {
        var hackathon = space(SpaceKind.HACKATHON, NOW.plusDays(13), NOW.plusDays(40), null, Phase.OPEN);
        assertEquals(
                List.of("space.step.SUBMISSIONS_START=UPCOMING", "space.step.SUBMISSIONS_CLOSE=UPCOMING"),
                labels(hackathon),
                "no results step without a results day");
        assertTrue(hackathon.isJoinable());
        assertTrue(hackathon.formsTeams());
        assertFalse(hackathon.takesEntries(), "concepts come in only once submissions start");
        assertEquals("teams.empty.HACKATHON", SpaceKind.HACKATHON.noTeamsKey(Phase.OPEN));
    }

    @Test
    void aHackathonTakesConceptsFromTeamsDuringSubmissionsOnly() {
        var hackathon = space(
                SpaceKind.HACKATHON,
                NOW.minusDays(1),
                NOW.plusDays(10),
                NOW.plusDays(20),
                Phase.OPEN,
                Phase.SUBMISSION);
        assertTrue(hackathon.takesEntries());
        assertTrue(SpaceKind.HACKATHON.entriesNeedTeam());
        assertFalse(SpaceKind.CONTEST.entriesNeedTeam());
        assertEquals(
                "space.step.SUBMISSIONS_START.past=CURRENT", labels(hackathon).get(0));
        assertFalse(hackathon.isScreeningOver(), "a hackathon screens while its jury judges");
        hackathon.moveTo(Phase.JUDGING, null);
        assertFalse(hackathon.isScreeningOver());
        hackathon.moveTo(Phase.RESULTS, null);
        assertTrue(hackathon.isScreeningOver());
    }

    @Test
    void lateEntriesAndEntriesOutOfPhaseAreRefused() {
        var contest = space(SpaceKind.CONTEST, NOW.minusDays(10), NOW.minusDays(1), null, Phase.OPEN);
        assertEquals(
                "entry.late",
                assertThrows(DomainException.class, () -> contest.checkAcceptsEntries(NOW))
                        .key());
        var draft = space(SpaceKind.CONTEST, NOW.minusDays(10), NOW.plusDays(1), null);
        assertEquals(
                "entry.closed",
                assertThrows(DomainException.class, () -> draft.checkAcceptsEntries(NOW))
                        .key());
    }

    @Test
    void aContestsTeamPanelDoesNotTalkOfAHackathon() {
        assertEquals("teams.empty.CONTEST", SpaceKind.CONTEST.noTeamsKey(Phase.OPEN));
        assertEquals("teams.empty.closed", SpaceKind.CONTEST.noTeamsKey(Phase.JUDGING));
        assertEquals("teams.empty.closed", SpaceKind.HACKATHON.noTeamsKey(Phase.RESULTS));
        assertTrue(SpaceKind.CONTEST.showsTeams(Phase.RESULTS));
        assertFalse(SpaceKind.CONTEST.showsTeams(Phase.DRAFT));
        assertFalse(SpaceKind.LIVING_LAB.showsTeams(Phase.OPEN));
    }

    @Test
    void aLivingLabsWindowIsItsTestWindow() {
        var lab = space(SpaceKind.LIVING_LAB, NOW.minusDays(2), NOW.plusDays(12), null, Phase.OPEN, Phase.TESTING);
        assertEquals(List.of("space.step.TEST_START.past=CURRENT", "space.step.TEST_END=UPCOMING"), labels(lab));
        assertFalse(lab.isJoinable(), "testers sign up through the lab's own flow");
        assertTrue(SpaceKind.LIVING_LAB.joinable(Phase.TESTING));
        assertFalse(lab.takesEntries());
    }

    @Test
    void aPassedDateCountsAsReachedBeforeTheClockMovesThePhase() {
        var consultation = space(SpaceKind.CONSULTATION, NOW.minusDays(10), NOW.minusMinutes(1), null, Phase.OPEN);
        assertEquals(
                List.of("space.step.OPENS.past=PAST", "space.step.COMMENTS_CLOSE.past=CURRENT"), labels(consultation));
    }

    @Test
    void aDraftHasNoCurrentStepAndAnArchivedSpaceOnlyPastOnes() {
        var draft = space(SpaceKind.CONTEST, NOW.plusDays(1), NOW.plusDays(10), NOW.plusDays(20));
        assertTrue(draft.calendar(NOW).stream().allMatch(d -> d.state() == Milestone.State.UPCOMING));
        var archived = space(SpaceKind.CITY_TO_CITY, NOW.minusDays(3), null, null, Phase.OPEN);
        archived.moveTo(Phase.ARCHIVED, "merged into another space");
        assertEquals(List.of("space.step.OPENS.past=PAST"), labels(archived));
    }

    @Test
    void theWindowRefusesDatesInTheWrongOrder() {
        assertEquals(
                "space.deadline.beforeOpening",
                assertThrows(DomainException.class, () -> SubmissionWindow.checked(NOW, NOW.minusDays(1), null))
                        .key());
        assertEquals(
                "space.results.beforeDeadline",
                assertThrows(
                                DomainException.class,
                                () -> SubmissionWindow.checked(NOW.minusDays(5), NOW, NOW.minusDays(2)))
                        .key());
        assertTrue(SubmissionWindow.checked(NOW.minusDays(5), NOW, NOW).hasClosed(NOW.plusSeconds(1)));
    }

    @Test
    void challengesArePostedOnJudgedKindsBeforeEntriesComeIn() {
        assertTrue(SpaceKind.HACKATHON.takesChallenges(Phase.OPEN));
        assertTrue(SpaceKind.CONTEST.takesChallenges(Phase.DRAFT));
        assertFalse(SpaceKind.HACKATHON.takesChallenges(Phase.SUBMISSION));
        assertFalse(SpaceKind.LIVING_LAB.takesChallenges(Phase.OPEN));
        var judging = space(SpaceKind.CONTEST, NOW.minusDays(5), NOW.plusDays(5), null, Phase.OPEN, Phase.SCREENING);
        assertEquals(
                "challenge.closed",
                assertThrows(DomainException.class, () -> new Challenge(judging, "Late", null, null, "City", NOW))
                        .key());
    }
}
