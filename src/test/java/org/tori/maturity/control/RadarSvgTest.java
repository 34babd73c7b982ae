package org.tori.maturity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadarSvgTest {

    private static final List<String> SPOKES = List.of("Strategy", "Data", "Technology", "Governance", "Engagement");

    @Test
    void theCitysLevelsAreDrawnAndLabelledWithoutPeersWhenNoAggregateIsShown() {
        var none = Arrays.asList((Integer) null, null, null, null, null);
        var svg = RadarSvg.of("Radar of <Tampere>", SPOKES, List.of(1, 2, 3, 4, 5), none, none, none);
        assertTrue(svg.startsWith("<svg") && svg.contains("role=\"img\""), svg);
        assertTrue(svg.contains("aria-label=\"Radar of &lt;Tampere&gt;\""), svg);
        assertTrue(svg.contains("radar-own"));
        assertFalse(svg.contains("radar-median"), "no median where the peers are not shown");
        assertEquals(5, svg.split("radar-ring", -1).length - 1);
    }

    @Test
    void peersAreDrawnAsRangeAndMedian() {
        var svg = RadarSvg.of(
                "r",
                SPOKES,
                List.of(1, 2, 3, 4, 5),
                List.of(2, 2, 2, 2, 2.5),
                List.of(1, 1, 1, 1, 1),
                List.of(3, 3, 3, 3, 3));
        assertTrue(svg.contains("radar-median") && svg.contains("radar-lowest") && svg.contains("radar-highest"));
        // level 1 of the first spoke lies straight up, a fifth of the radius above the centre
        assertTrue(svg.contains("radar-own\" points=\"280.0,176.0"), svg);
    }
}
