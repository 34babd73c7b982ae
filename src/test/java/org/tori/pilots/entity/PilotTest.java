package org.tori.pilots.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

/** A pilot's follow-up: business case or pilot, then running, then scaled up (seeing the gaps) or stopped. */
class PilotTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T12:00:00Z");
    private static final Origin RESULT = new Origin(OriginKind.RESULT, 2L, "Idea", "/spaces/space?id=1#result-2");

    private static Pilot pilot(Pilot.FollowUp kind, BigDecimal budget, LocalDate starts, String next) {
        return new Pilot(RESULT, 1L, new Pilot.Terms(kind, "City", budget, starts, null, next), 1, 10L, 20L, NOW);
    }

    private static final ReadinessItem ONE = ReadinessItem.withId(1, 1, 1, "Help desk");
    private static final ReadinessItem TWO = ReadinessItem.withId(2, 1, 3, "Data owner");

    @Test
    void aBusinessCaseNeedsItsNextStepAndAPilotItsBudget() {
        assertEquals(
                "pilot.nextStep.required",
                assertThrows(DomainException.class, () -> pilot(Pilot.FollowUp.BUSINESS_CASE, null, null, " "))
                        .key());
        assertEquals(
                "pilot.budget.invalid",
                assertThrows(DomainException.class, () -> pilot(Pilot.FollowUp.PILOT, null, LocalDate.now(), null))
                        .key());
        var businessCase = pilot(Pilot.FollowUp.BUSINESS_CASE, null, null, "Cost it");
        assertEquals(Pilot.Stage.OFFERED, businessCase.getStage());
        assertEquals(2L, businessCase.getEntryId(), "a result's pilot knows its entry");
    }

    @Test
    void aLivingLabPilotHasNoEntryAndItsCompanyAndOwnerFillTheRecord() {
        var lab = new Pilot(
                new Origin(OriginKind.LIVING_LAB, 7L, "Quiet buses lab", "/spaces/space?id=7"),
                7L,
                new Pilot.Terms(null, "HSL", BigDecimal.TEN, LocalDate.now(), null, null),
                3,
                10L,
                20L,
                NOW);
        assertNull(lab.getEntryId());
        assertEquals(3, lab.getChecklistVersion(), "the version it started with");
        assertTrue(lab.mayFill(10) && lab.mayFill(20));
        assertFalse(lab.mayFill(30));
    }

    @Test
    void theFollowUpMovesForwardAndTheEndRecordsTheOutcome() {
        var pilot = pilot(null, BigDecimal.TEN, LocalDate.now(), null);
        assertEquals(Pilot.FollowUp.PILOT, pilot.getKind(), "a pilot unless told otherwise");
        assertThrows(DomainException.class, () -> pilot.moveTo(Pilot.Stage.SCALED_UP, "too early", NOW));
        pilot.moveTo(Pilot.Stage.RUNNING, null, NOW);
        assertEquals(
                "pilot.outcome.required",
                assertThrows(DomainException.class, () -> pilot.moveTo(Pilot.Stage.SCALED_UP, " ", NOW))
                        .key());
        pilot.moveTo(Pilot.Stage.SCALED_UP, "40 crossings", NOW);
        assertEquals("40 crossings", pilot.getOutcome());
        assertThrows(DomainException.class, () -> pilot.moveTo(Pilot.Stage.STOPPED, "no", NOW), "the end is the end");
    }

    @Test
    void scalingUpWithGapsNeedsTheirConfirmationAndAReason() {
        var pilot = pilot(null, BigDecimal.TEN, LocalDate.now(), null);
        pilot.moveTo(Pilot.Stage.RUNNING, null, NOW);
        var record = new ReadinessRecord(1, List.of(ONE, TWO), Map.of(1L, Answer.YES, 2L, Answer.PARTLY));
        assertEquals(
                "pilot.gaps.confirm",
                assertThrows(
                                DomainException.class,
                                () -> pilot.decide(Pilot.Stage.SCALED_UP, "Works", false, record, null, false, NOW))
                        .key());
        assertEquals(
                "pilot.reason.required",
                assertThrows(
                                DomainException.class,
                                () -> pilot.decide(Pilot.Stage.SCALED_UP, " ", true, record, null, false, NOW))
                        .key());
        pilot.decide(Pilot.Stage.SCALED_UP, "Works in two districts", true, record, null, false, NOW);
        assertEquals(Pilot.Stage.SCALED_UP, pilot.getStage());
        assertTrue(pilot.isGapsConfirmed());
        assertEquals("Works in two districts", pilot.getDecisionReason());
    }

    @Test
    void aCompleteRecordScalesUpWithoutConfirmationAndAStopKeepsItsLesson() {
        var full = new ReadinessRecord(1, List.of(ONE, TWO), Map.of(1L, Answer.YES, 2L, Answer.NOT_APPLICABLE));
        var scaled = pilot(null, BigDecimal.TEN, LocalDate.now(), null);
        scaled.moveTo(Pilot.Stage.RUNNING, null, NOW);
        scaled.decide(Pilot.Stage.SCALED_UP, "Ready", false, full, null, false, NOW);
        assertFalse(scaled.isGapsConfirmed());

        var stopped = pilot(null, BigDecimal.TEN, LocalDate.now(), null);
        stopped.decide(Pilot.Stage.STOPPED, "No data agreement", false, full, 42L, false, NOW);
        assertEquals(42L, stopped.getLessonId());
        assertTrue(stopped.decided());
    }

    @Test
    void aRunningPilotContinuesWithAReasonAndTheDecisionNamesTheVerdict() {
        var record = new ReadinessRecord(1, List.of(ONE), Map.of(1L, Answer.YES));
        var pilot = pilot(null, BigDecimal.TEN, LocalDate.now(), null);
        var started = pilot.decide(Pilot.Stage.RUNNING, null, false, record, null, true, NOW);
        assertEquals(PilotDecided.Verdict.CONTINUE, started.verdict());
        assertTrue(started.addToRoadmap());
        assertEquals(
                "pilot.reason.required",
                assertThrows(
                                DomainException.class,
                                () -> pilot.decide(Pilot.Stage.RUNNING, " ", false, record, null, false, NOW))
                        .key(),
                "continuing as it is needs its reason");
        var continued = pilot.decide(Pilot.Stage.RUNNING, " One more winter ", false, record, null, false, NOW);
        assertEquals(Pilot.Stage.RUNNING, pilot.getStage());
        assertEquals("One more winter", continued.reason());
        assertEquals(List.of(10L, 20L), List.of(continued.companyId(), continued.ownerId()), "both sides are told");
        var stopped = pilot.decide(Pilot.Stage.STOPPED, "No data agreement", false, record, null, false, NOW);
        assertEquals(PilotDecided.Verdict.STOP, stopped.verdict());
        assertEquals("No data agreement", stopped.reason());
        assertEquals("Idea", stopped.title());
    }

    @Test
    void staffOrTheCitysOwnerChooseTheStoryAndNotTheCompany() {
        var pilot = pilot(null, BigDecimal.TEN, LocalDate.now(), null);
        assertEquals(
                "pilot.story.forbidden",
                assertThrows(DomainException.class, () -> pilot.chooseStory(5L, 10L, false))
                        .key());
        assertFalse(pilot.mayChooseStory(10L, false), "the company");
        pilot.chooseStory(5L, 20L, false);
        assertEquals(5L, pilot.getStoryId());
        pilot.chooseStory(null, 99L, true);
        assertNull(pilot.getStoryId(), "staff take the link away");
    }

    @Test
    void theOwnerIsHandedToSomeoneSpeakingForTheCityWhoIsNotTheCompany() {
        var pilot = pilot(null, BigDecimal.TEN, LocalDate.now(), null);
        assertEquals(
                "pilot.owner.notCity",
                assertThrows(DomainException.class, () -> pilot.changeOwner(30L, false))
                        .key());
        assertEquals(
                "pilot.owner.isCompany",
                assertThrows(DomainException.class, () -> pilot.changeOwner(10L, true))
                        .key());
        assertEquals(
                "pilot.owner.isCompany",
                assertThrows(DomainException.class, () -> pilot.changeOwner(10L, false))
                        .key(),
                "the pilot's own company is told so, not only that it is no city");
        pilot.changeOwner(30L, true);
        assertEquals(30L, pilot.getOwnerId());
        assertTrue(pilot.mayFill(30) && !pilot.mayFill(20), "the new owner fills the record, the old one no more");
    }
}
