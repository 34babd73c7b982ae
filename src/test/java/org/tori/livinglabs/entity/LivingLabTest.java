package org.tori.livinglabs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.Phase;

class LivingLabTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-05-04T12:00:00+03:00");

    private static LivingLab lab(int capacity) {
        return new LivingLab(
                7,
                new LabDetails(
                        "A guide",
                        "Ratina",
                        "Do people find their way?",
                        null,
                        capacity,
                        List.of("Easy?", " ", "Clear?")));
    }

    @Test
    void signUpsBeyondTheCapacityGoToTheWaitingListInOrder() {
        var lab = lab(2);
        assertEquals(SignupStatus.TESTER, lab.signUp(1, Phase.OPEN, NOW));
        assertEquals(SignupStatus.TESTER, lab.signUp(2, Phase.OPEN, NOW));
        assertEquals(SignupStatus.WAITING, lab.signUp(3, Phase.OPEN, NOW));
        assertEquals(SignupStatus.WAITING, lab.signUp(4, Phase.TESTING, NOW));
        assertEquals(2, lab.testers());
        assertEquals(2, lab.waiting());
        assertEquals(1, lab.waitingPosition(3));
        assertEquals(2, lab.waitingPosition(4));
        assertEquals(0, lab.waitingPosition(1));
    }

    @Test
    void signingUpAgainChangesNothing() {
        var lab = lab(1);
        lab.signUp(1, Phase.OPEN, NOW);
        assertEquals(SignupStatus.TESTER, lab.signUp(1, Phase.OPEN, NOW));
        assertEquals(1, lab.testers());
        assertEquals(0, lab.waiting());
    }

    @Test
    void aFreedPlaceGoesToTheFirstInLine() {
        var lab = lab(2);
        for (long id = 1; id <= 4; id++) {
            lab.signUp(id, Phase.OPEN, NOW);
        }
        assertEquals(Optional.of(3L), lab.withdraw(1));
        assertTrue(lab.isTester(3));
        assertEquals(1, lab.waitingPosition(4));
        assertEquals(Optional.empty(), lab.withdraw(4), "leaving the line frees no place");
        assertEquals(List.of(2L, 3L), lab.testerIds());
        assertEquals(Optional.empty(), lab.withdraw(2), "nobody left in line");
        assertEquals(1, lab.testers());
    }

    @Test
    void withdrawingWithoutSigningUpIsRefused() {
        var refused = assertThrows(DomainException.class, () -> lab(2).withdraw(9));
        assertEquals("lab.withdraw.notSignedUp", refused.key());
    }

    @Test
    void signUpsAreTakenOnlyWhileOpenOrTesting() {
        for (var phase : List.of(Phase.DRAFT, Phase.RESULTS, Phase.ARCHIVED)) {
            var refused = assertThrows(DomainException.class, () -> lab(2).signUp(1, phase, NOW));
            assertEquals("lab.signup.closed", refused.key());
        }
    }

    @Test
    void feedbackComesOnlyFromTestersInsideTheWindow() {
        var lab = lab(1);
        lab.signUp(1, Phase.OPEN, NOW);
        lab.signUp(2, Phase.OPEN, NOW);
        var window = new TestWindow(NOW.minusDays(1), NOW.plusDays(1));
        lab.checkTakesFeedback(1, Phase.TESTING, window, NOW);
        lab.checkTakesFeedback(1, Phase.TESTING, window, NOW.plusDays(1));
        assertEquals(
                "lab.feedback.testersOnly",
                assertThrows(DomainException.class, () -> lab.checkTakesFeedback(2, Phase.TESTING, window, NOW))
                        .key(),
                "waiting");
        assertEquals(
                "lab.feedback.testersOnly",
                assertThrows(DomainException.class, () -> lab.checkTakesFeedback(3, Phase.TESTING, window, NOW))
                        .key(),
                "stranger");
        assertEquals(
                "lab.feedback.outsideWindow",
                assertThrows(DomainException.class, () -> lab.checkTakesFeedback(1, Phase.OPEN, window, NOW))
                        .key());
        assertEquals(
                "lab.feedback.outsideWindow",
                assertThrows(
                                DomainException.class,
                                () -> lab.checkTakesFeedback(
                                        1,
                                        Phase.TESTING,
                                        window,
                                        NOW.plusDays(1).plusSeconds(1)))
                        .key());
        assertEquals(
                "lab.feedback.outsideWindow",
                assertThrows(
                                DomainException.class,
                                () -> lab.checkTakesFeedback(1, Phase.TESTING, window, NOW.minusDays(2)))
                        .key());
    }

    @Test
    void detailsNeedPrototypePlaceGoalsCapacityAndQuestions() {
        assertEquals(List.of("Easy?", "Clear?"), lab(2).getQuestions(), "blank questions are dropped");
        assertEquals(
                "lab.capacity.range",
                assertThrows(DomainException.class, () -> lab(0)).key());
        assertEquals(
                "lab.questions.count",
                assertThrows(
                                DomainException.class,
                                () -> new LivingLab(1, new LabDetails("p", "l", "g", null, 3, List.of())))
                        .key());
        assertEquals(
                "lab.prototype.required",
                assertThrows(
                                DomainException.class,
                                () -> new LivingLab(1, new LabDetails(" ", "l", "g", null, 3, List.of("q"))))
                        .key());
        assertEquals(
                "lab.details.fixed",
                assertThrows(
                                DomainException.class,
                                () -> lab(2).describe(new LabDetails("p", "l", "g", null, 3, List.of("q")), Phase.OPEN))
                        .key());
    }

    @Test
    void theSummaryIsPublishedOnceTestingHasBegun() {
        var lab = lab(2);
        assertFalse(lab.hasSummary());
        assertEquals(
                "lab.summary.notYet",
                assertThrows(
                                DomainException.class,
                                () -> lab.publishSummary("Learned", "<p>Learned</p>", 1, Phase.OPEN, NOW))
                        .key());
        assertEquals(
                "lab.summary.required",
                assertThrows(DomainException.class, () -> lab.publishSummary(" ", "", 1, Phase.TESTING, NOW))
                        .key());
        lab.publishSummary("Learned", "<p>Learned</p>", 1, Phase.TESTING, NOW);
        assertTrue(lab.hasSummary());
    }
}
