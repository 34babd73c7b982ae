package org.tori.judging.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Phase;

class JuryTest {

    private static final long JUROR = 5;
    private static final Jury.Standing ELIGIBLE = new Jury.Standing(true, true, false);
    private static final Set<Long> CRITERIA = Set.of(1L, 2L);
    private static final Map<Long, Integer> FULL_CARD = Map.of(1L, 7, 2L, 9);

    private static Jury judging() {
        return new Jury(42, Phase.JUDGING, List.of(JUROR));
    }

    private static void refused(Kind kind, String key, Executable move) {
        var refused = assertThrows(DomainException.class, move);
        assertEquals(kind, refused.kind());
        assertEquals(key, refused.key());
    }

    @Test
    void anAppointedJurorScoresAnEligibleEntryOnEveryCriterion() {
        assertDoesNotThrow(() -> judging().admitScores(JUROR, ELIGIBLE, CRITERIA, FULL_CARD));
    }

    @Test
    void someoneNotOnTheJuryMayNotScore() {
        refused(Kind.FORBIDDEN, "juror.notAppointed", () -> judging().admitScores(6, ELIGIBLE, CRITERIA, FULL_CARD));
    }

    @Test
    void scoresAreGivenOnlyWhileTheSpaceIsJudging() {
        var screening = new Jury(42, Phase.SCREENING, List.of(JUROR));
        refused(Kind.CONFLICT, "score.notJudging", () -> screening.admitScores(JUROR, ELIGIBLE, CRITERIA, FULL_CARD));
        refused(Kind.CONFLICT, "score.notJudging", screening::requireJudging);
    }

    @Test
    void anEntryOutOfTheRoundOrWithADeclaredConflictIsNotScored() {
        refused(
                Kind.CONFLICT,
                "score.notEligible",
                () -> judging().admitScores(JUROR, new Jury.Standing(false, true, false), CRITERIA, FULL_CARD));
        refused(
                Kind.CONFLICT,
                "score.notInRound",
                () -> judging().admitScores(JUROR, new Jury.Standing(true, false, false), CRITERIA, FULL_CARD));
        refused(
                Kind.CONFLICT,
                "score.conflict",
                () -> judging().admitScores(JUROR, new Jury.Standing(true, true, true), CRITERIA, FULL_CARD));
    }

    @Test
    void anIncompleteOrMissingScoreCardIsRefusedWhole() {
        refused(
                Kind.INVALID,
                "score.allCriteria",
                () -> judging().admitScores(JUROR, ELIGIBLE, CRITERIA, Map.of(1L, 7)));
        refused(
                Kind.INVALID,
                "score.allCriteria",
                () -> judging().admitScores(JUROR, ELIGIBLE, CRITERIA, Map.of(1L, 7, 2L, 9, 3L, 1)));
        refused(Kind.INVALID, "score.allCriteria", () -> judging().admitScores(JUROR, ELIGIBLE, CRITERIA, null));
    }

    @Test
    void pointsOutsideZeroToTenAreRefused() {
        var score = new Score(1, 1, JUROR, 1, 10);
        refused(Kind.INVALID, "score.points.range", () -> score.give(11));
        refused(Kind.INVALID, "score.points.range", () -> score.give(-1));
    }

    @Test
    void onlyStaffAppointAndAJurorSitsOnce() {
        var jury = judging();
        refused(Kind.FORBIDDEN, "juror.appoint.forbidden", () -> jury.appoint(7, false));
        assertTrue(jury.appoint(7, true).isPresent());
        assertTrue(jury.sits(7));
        assertEquals(Optional.empty(), jury.appoint(7, true), "appointing again changes nothing");
        refused(Kind.NOT_FOUND, "space.notFound", () -> new Jury(42, null, List.of()).appoint(7, true));
    }

    @Test
    void criteriaFreezeOnceEntriesAreBeingJudged() {
        for (var phase : List.of(Phase.DRAFT, Phase.OPEN, Phase.SUBMISSION, Phase.SCREENING)) {
            assertEquals(Optional.empty(), new Jury(42, phase, List.of()).criteriaLock(), phase.name());
        }
        assertEquals(Optional.of("criteria.frozen"), judging().criteriaLock());
        refused(Kind.CONFLICT, "criteria.frozen", () -> judging().requireCriteriaEditable());
    }

    @Test
    void resultsAreOutFromTheResultsPhaseOn() {
        assertFalse(judging().resultsOut());
        assertTrue(new Jury(42, Phase.RESULTS, List.of()).resultsOut());
        assertTrue(new Jury(42, Phase.ARCHIVED, List.of()).resultsOut());
        assertFalse(new Jury(42, null, List.of()).resultsOut());
    }
}
