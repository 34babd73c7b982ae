package org.tori.roadmap.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tori.roadmap.entity.RoadmapItemTest.NOW;
import static org.tori.roadmap.entity.RoadmapItemTest.PILOTING;
import static org.tori.roadmap.entity.RoadmapItemTest.STOPPED;
import static org.tori.roadmap.entity.RoadmapItemTest.item;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

/** A decision on a pilot lands on the items that came from it, dated, with the status before it. */
class PilotDecisionTest {

    private static final RoadmapStatus SCALING = new RoadmapStatus("SCALING", "Scaling up", 80, Outcome.OPEN, 4);

    private static RoadmapItem fromPilot(long pilot) {
        var item = item("Parcel terminals", PILOTING, null, null);
        item.linkOrigin(new Origin(OriginKind.PILOT, pilot));
        return item;
    }

    @Test
    void onlyAnItemThatCameFromThePilotRecordsItsDecision() {
        var other = item("Bus stops", PILOTING, null, null);
        assertEquals(
                "roadmap.pilot.notOrigin",
                assertThrows(
                                DomainException.class,
                                () -> other.recordPilotDecision(
                                        7L, "Parcels", Decision.CONTINUE, null, STOPPED, SCALING, NOW))
                        .key());
    }

    @Test
    void scalingUpMovesTheItemToScalingAndKeepsWhatItWasBefore() {
        var item = fromPilot(7L);
        var entry = item.recordPilotDecision(
                7L, " Parcels ", Decision.SCALE_UP, " Twelve libraries ", STOPPED, SCALING, NOW);
        assertEquals(SCALING, item.getStatus());
        assertEquals(PILOTING, entry.getStatus(), "the status before the decision is on record");
        assertEquals(50, entry.getProgress());
        assertEquals("Parcels", entry.getPilotTitle());
        assertEquals("Twelve libraries", entry.getReason());
        assertEquals(LocalDate.of(2026, 6, 1), entry.getDecidedOn(), "the day in the programme's time zone");
        assertNull(item.getEndedOn(), "scaling up goes on");
    }

    @Test
    void aStopEndsTheItemAndContinuingLeavesItAsItIs() {
        var continued = fromPilot(7L);
        var entry = continued.recordPilotDecision(7L, "Parcels", Decision.CONTINUE, " ", STOPPED, SCALING, NOW);
        assertEquals(PILOTING, continued.getStatus());
        assertNull(entry.getReason(), "continuing needs no reason");

        var stopped = fromPilot(8L);
        stopped.recordPilotDecision(8L, "Bikes", Decision.STOP, "No data agreement", STOPPED, SCALING, NOW);
        assertEquals(STOPPED, stopped.getStatus());
        assertEquals(LocalDate.of(2026, 6, 1), stopped.getEndedOn());

        var withoutScaling = fromPilot(9L);
        withoutScaling.recordPilotDecision(9L, "Lamps", Decision.SCALE_UP, "Ready", STOPPED, null, NOW);
        assertEquals(PILOTING, withoutScaling.getStatus(), "no scaling step in the list: the status stays");
    }
}
