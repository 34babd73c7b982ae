package org.tori.roadmap.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.knowledge.entity.Reader;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.DomainException;

class RoadmapItemTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T10:00:00+03:00");
    static final RoadmapStatus PLANNED = new RoadmapStatus("PLANNED", "Planned", 0, Outcome.OPEN, 1);
    static final RoadmapStatus PILOTING = new RoadmapStatus("PILOTING", "Piloting", 50, Outcome.OPEN, 3);
    static final RoadmapStatus COMPLETED = new RoadmapStatus("COMPLETED", "Completed", 100, Outcome.COMPLETED, 5);
    static final RoadmapStatus STOPPED = new RoadmapStatus("STOPPED", "Stopped", 0, Outcome.STOPPED, 6);

    static RoadmapItem item(String title, RoadmapStatus status, Integer own, BigDecimal weight, Visibility visibility) {
        return new RoadmapItem(
                new ItemFacts(
                        title,
                        "About " + title,
                        null,
                        Set.of(),
                        Set.of(),
                        null,
                        "Tampere",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        null,
                        null,
                        own,
                        weight,
                        visibility),
                status,
                NOW);
    }

    static RoadmapItem item(String title, RoadmapStatus status, Integer own, BigDecimal weight) {
        return item(title, status, own, weight, Visibility.PUBLIC);
    }

    @Test
    void aLeafWithoutProgressOfItsOwnShowsItsStatusDefault() {
        assertEquals(50, item("Pilot", PILOTING, null, null).progress());
        assertEquals(0, item("Idea", PLANNED, null, null).progress());
    }

    @Test
    void aLeafsOwnProgressWinsOverTheStatusDefault() {
        assertEquals(35, item("Pilot", PILOTING, 35, null).progress());
    }

    @Test
    void aParentShowsTheMeanOfItsChildrenWhenNoneIsWeighted() {
        var goal = item("Goal", PLANNED, 90, null);
        item("A", PILOTING, null, null).moveUnder(goal);
        item("B", COMPLETED, null, null).moveUnder(goal);
        item("C", PLANNED, 20, null).moveUnder(goal);
        assertEquals(57, goal.progress(), "(50 + 100 + 20) / 3, the goal's own 90 ignored");
    }

    @Test
    void weightsMakeTheMeanWeightedAndAnUnweightedChildCountsOnce() {
        var goal = item("Goal", PLANNED, null, null);
        item("Big", COMPLETED, null, new BigDecimal("3")).moveUnder(goal);
        item("Small", PLANNED, null, null).moveUnder(goal);
        assertEquals(75, goal.progress(), "(3×100 + 1×0) / 4");
    }

    @Test
    void zeroWeightsFallBackToThePlainMean() {
        var goal = item("Goal", PLANNED, null, null);
        item("A", COMPLETED, null, BigDecimal.ZERO).moveUnder(goal);
        item("B", PLANNED, null, BigDecimal.ZERO).moveUnder(goal);
        assertEquals(50, goal.progress());
    }

    @Test
    void progressRollsUpThroughEveryLevel() {
        var goal = item("Goal", PLANNED, null, null);
        var project = item("Project", PLANNED, null, null);
        project.moveUnder(goal);
        item("WP1", COMPLETED, null, null).moveUnder(project);
        item("WP2", PLANNED, 0, null).moveUnder(project);
        var other = item("Other project", PILOTING, null, null);
        other.moveUnder(goal);
        assertEquals(50, goal.progress());
        other.reportProgress(90);
        assertEquals(70, goal.progress());
    }

    @Test
    void anItemNeverEndsUpUnderItself() {
        var goal = item("Goal", PLANNED, null, null);
        var project = item("Project", PLANNED, null, null);
        project.moveUnder(goal);
        var refused = assertThrows(DomainException.class, () -> goal.moveUnder(project));
        assertEquals("parent", refused.field());
        assertThrows(DomainException.class, () -> goal.moveUnder(goal));
    }

    @Test
    void movingAnItemTakesItsProgressToTheNewParent() {
        var first = item("First", PLANNED, null, null);
        var second = item("Second", PLANNED, null, null);
        var project = item("Project", COMPLETED, null, null);
        project.moveUnder(first);
        project.moveUnder(second);
        assertEquals(0, first.progress(), "a leaf again, planned");
        assertEquals(100, second.progress());
    }

    @Test
    void progressOutsideZeroToHundredIsRefused() {
        assertThrows(DomainException.class, () -> item("X", PLANNED, 101, null));
        assertThrows(DomainException.class, () -> item("X", PLANNED, -1, null));
        assertThrows(DomainException.class, () -> new RoadmapStatus("ODD", "Odd", 120, Outcome.OPEN, 9));
    }

    @Test
    void aTitleAndASummaryAreRequiredAndTheEndComesAfterTheStart() {
        var none = assertThrows(
                DomainException.class,
                () -> new RoadmapItem(
                        new ItemFacts(" ", "s", null, null, null, null, null, null, null, null, null, null, null, null),
                        PLANNED,
                        NOW));
        assertEquals("title", none.field());
        var order = assertThrows(
                DomainException.class,
                () -> new RoadmapItem(
                        new ItemFacts(
                                "T",
                                "s",
                                null,
                                null,
                                null,
                                null,
                                null,
                                LocalDate.of(2026, 5, 1),
                                LocalDate.of(2026, 4, 1),
                                null,
                                null,
                                null,
                                null,
                                null),
                        PLANNED,
                        NOW));
        assertEquals("plannedEnd", order.field());
    }

    @Test
    void restrictedItemsAreReadOnlyByTheirAudience() {
        var partners = item("Partners", PLANNED, null, null, Visibility.PARTNERS);
        var staffOnly = item("Staff", PLANNED, null, null, Visibility.STAFF);
        var open = item("Open", PLANNED, null, null, Visibility.PUBLIC);
        var citizen = new Reader(1L, false, false, null);
        var city = new Reader(2L, false, true, "Tampere");
        var staff = new Reader(3L, true, false, null);
        assertTrue(open.readableBy(Reader.ANONYMOUS) && open.readableBy(citizen));
        assertFalse(partners.readableBy(citizen) || partners.readableBy(Reader.ANONYMOUS));
        assertTrue(partners.readableBy(city) && partners.readableBy(staff));
        assertFalse(staffOnly.readableBy(city));
        assertTrue(staffOnly.readableBy(staff));
    }

    @Test
    void completingByThePlannedEndCountsAsCompletedAsPlanned() {
        var onTime = item("On time", PILOTING, null, null);
        assertFalse(onTime.completedAsPlanned());
        onTime.changeStatus(COMPLETED, NOW);
        assertEquals(LocalDate.of(2026, 6, 1), onTime.getEndedOn());
        assertTrue(onTime.completedAsPlanned());
        var late = item("Late", PILOTING, null, null);
        late.changeStatus(COMPLETED, OffsetDateTime.parse("2027-02-01T10:00:00+02:00"));
        assertFalse(late.completedAsPlanned());
        late.changeStatus(PILOTING, NOW);
        assertNull(late.getEndedOn(), "reopened");
    }

    @Test
    void anItemRunsInTheQuartersBetweenItsStartAndItsEnd() {
        var item = item("Year", PLANNED, null, null);
        assertTrue(item.runsBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertFalse(item.runsBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
    }
}
