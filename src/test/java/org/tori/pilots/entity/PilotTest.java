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
                                () -> pilot.decide(Pilot.Stage.SCALED_UP, "Works", false, record, null, NOW))
                        .key());
        assertEquals(
                "pilot.reason.required",
                assertThrows(
                                DomainException.class,
                                () -> pilot.decide(Pilot.Stage.SCALED_UP, " ", true, record, null, NOW))
                        .key());
        pilot.decide(Pilot.Stage.SCALED_UP, "Works in two districts", true, record, null, NOW);
        assertEquals(Pilot.Stage.SCALED_UP, pilot.getStage());
        assertTrue(pilot.isGapsConfirmed());
        assertEquals("Works in two districts", pilot.getDecisionReason());
    }

    @Test
    void aCompleteRecordScalesUpWithoutConfirmationAndAStopKeepsItsLesson() {
        var full = new ReadinessRecord(1, List.of(ONE, TWO), Map.of(1L, Answer.YES, 2L, Answer.NOT_APPLICABLE));
        var scaled = pilot(null, BigDecimal.TEN, LocalDate.now(), null);
        scaled.moveTo(Pilot.Stage.RUNNING, null, NOW);
        scaled.decide(Pilot.Stage.SCALED_UP, "Ready", false, full, null, NOW);
        assertFalse(scaled.isGapsConfirmed());

        var stopped = pilot(null, BigDecimal.TEN, LocalDate.now(), null);
        stopped.decide(Pilot.Stage.STOPPED, "No data agreement", false, full, 42L, NOW);
        assertEquals(42L, stopped.getLessonId());
        assertTrue(stopped.decided());
    }
}
