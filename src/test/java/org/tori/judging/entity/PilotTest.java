package org.tori.judging.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

/** A winner's follow-up: business case or pilot, then running, then scaled up or stopped with the outcome. */
class PilotTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T12:00:00Z");

    private static Result result(int place) {
        return new Result(1, 2, "Idea", place, new BigDecimal("8.00"), false, 2);
    }

    @Test
    void onlyAWinnerContinuesAndABusinessCaseNeedsItsNextStep() {
        assertEquals(
                "pilot.winnersOnly",
                assertThrows(
                                DomainException.class,
                                () -> new Pilot(
                                        result(2),
                                        1,
                                        Pilot.FollowUp.PILOT,
                                        "City",
                                        BigDecimal.TEN,
                                        LocalDate.now(),
                                        null,
                                        null,
                                        NOW))
                        .key());
        assertEquals(
                "pilot.nextStep.required",
                assertThrows(
                                DomainException.class,
                                () -> new Pilot(
                                        result(1), 1, Pilot.FollowUp.BUSINESS_CASE, "City", null, null, null, " ", NOW))
                        .key());
        assertEquals(
                "pilot.budget.invalid",
                assertThrows(
                                DomainException.class,
                                () -> new Pilot(
                                        result(1),
                                        1,
                                        Pilot.FollowUp.PILOT,
                                        "City",
                                        null,
                                        LocalDate.now(),
                                        null,
                                        null,
                                        NOW))
                        .key());
        var businessCase =
                new Pilot(result(1), 1, Pilot.FollowUp.BUSINESS_CASE, "City", null, null, null, "Cost it", NOW);
        assertEquals(Pilot.Stage.OFFERED, businessCase.getStage());
    }

    @Test
    void theFollowUpMovesForwardAndTheEndRecordsTheOutcome() {
        var pilot = new Pilot(result(1), 1, null, "City", BigDecimal.TEN, LocalDate.now(), "Everywhere", null, NOW);
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
}
