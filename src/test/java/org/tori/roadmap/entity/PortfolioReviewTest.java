package org.tori.roadmap.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tori.roadmap.entity.RoadmapItemTest.COMPLETED;
import static org.tori.roadmap.entity.RoadmapItemTest.NOW;
import static org.tori.roadmap.entity.RoadmapItemTest.PILOTING;
import static org.tori.roadmap.entity.RoadmapItemTest.PLANNED;
import static org.tori.roadmap.entity.RoadmapItemTest.STOPPED;
import static org.tori.roadmap.entity.RoadmapItemTest.item;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class PortfolioReviewTest {

    private final PortfolioReview review = new PortfolioReview(LocalDate.of(2026, 6, 1), "Spring review", NOW);

    @Test
    void aDecisionKeepsTheItemsStatusAndProgressOfTheDay() {
        var pilot = item("Pilot", PILOTING, 40, null);
        var decided = review.decide(pilot, Decision.CONTINUE, null, STOPPED, NOW);
        pilot.reportProgress(80);
        assertEquals(40, decided.getProgress());
        assertEquals(PILOTING, decided.getStatus());
        assertFalse(decided.asksForLesson());
    }

    @Test
    void changingStoppingOrScalingUpNeedsAReason() {
        for (var decision : new Decision[] {Decision.CHANGE, Decision.STOP, Decision.SCALE_UP}) {
            var refused = assertThrows(
                    DomainException.class,
                    () -> review.decide(item("P", PILOTING, null, null), decision, " ", STOPPED, NOW),
                    decision.name());
            assertEquals("reason", refused.field());
        }
    }

    @Test
    void stoppingMovesTheItemToTheStoppedStatusAndAsksForALesson() {
        var pilot = item("Pilot", PILOTING, null, null);
        var decided = review.decide(pilot, Decision.STOP, "Nobody used the kiosks.", STOPPED, NOW);
        assertEquals(STOPPED, pilot.getStatus());
        assertEquals(LocalDate.of(2026, 6, 1), pilot.getEndedOn());
        assertTrue(decided.asksForLesson());
        assertEquals(PILOTING, decided.getStatus(), "the status before the decision is on record");
    }

    @Test
    void stoppingWithoutAStoppedStatusInTheListIsRefused() {
        assertThrows(
                DomainException.class,
                () -> review.decide(item("P", PLANNED, null, null), Decision.STOP, "why", COMPLETED, NOW));
    }

    @Test
    void anItemIsDecidedOncePerReview() {
        var pilot = item("Pilot", PILOTING, null, null);
        review.decide(pilot, Decision.SCALE_UP, "Three more districts.", STOPPED, NOW);
        assertThrows(DomainException.class, () -> review.decide(pilot, Decision.CONTINUE, null, STOPPED, NOW));
        assertEquals(1, review.getDecisions().size());
    }

    @Test
    void aReviewHasADateAndATitle() {
        assertThrows(DomainException.class, () -> new PortfolioReview(null, "t", NOW));
        assertThrows(DomainException.class, () -> new PortfolioReview(LocalDate.of(2026, 1, 1), "", NOW));
    }

    @Test
    void publishingAMilestoneReportsItsProgressAndOnlyOnce() {
        var pilot = item("Pilot", PILOTING, null, null);
        var milestone =
                new Milestone(pilot, "Kiosks installed", "Ten kiosks.", LocalDate.of(2026, 5, 30), true, 70, NOW);
        assertEquals(50, pilot.progress());
        var published = milestone.publish(NOW);
        assertEquals("Kiosks installed", published.title());
        assertEquals(70, pilot.progress());
        assertThrows(DomainException.class, () -> milestone.publish(NOW));
    }
}
