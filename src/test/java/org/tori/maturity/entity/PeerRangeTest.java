package org.tori.maturity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeerRangeTest {

    @Test
    void fewerThanThreeSharingCitiesShowNoAggregateAtAll() {
        assertTrue(PeerRange.of(List.of()).isEmpty());
        assertTrue(PeerRange.of(List.of(4)).isEmpty());
        assertTrue(PeerRange.of(List.of(2, 5)).isEmpty(), "two cities: each could read the other's level");
        assertTrue(PeerRange.of(null).isEmpty());
    }

    @Test
    void threeCitiesGiveTheMedianAndRange() {
        assertEquals(new PeerRange(3, 3.0, 1, 5), PeerRange.of(List.of(5, 1, 3)).orElseThrow());
    }

    @Test
    void anEvenNumberOfCitiesHasTheMeanOfTheMiddleTwoAsMedian() {
        assertEquals(
                new PeerRange(4, 2.5, 1, 4), PeerRange.of(List.of(4, 1, 2, 3)).orElseThrow());
    }
}
