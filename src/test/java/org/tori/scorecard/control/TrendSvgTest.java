package org.tori.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendSvgTest {

    @Test
    void aTrendIsALabelledLineWithOnePointPerKnownYear() {
        var svg = TrendSvg.of(
                "Trend: Stories <published>",
                List.of(2023, 2024, 2025, 2026),
                List.of(BigDecimal.ONE, BigDecimal.valueOf(3), BigDecimal.valueOf(2), BigDecimal.valueOf(4)));
        assertTrue(svg.startsWith("<svg class=\"trend-chart\" role=\"img\""), svg);
        assertTrue(svg.contains("aria-label=\"Trend: Stories &lt;published&gt;\""), "the label is escaped: " + svg);
        assertEquals(4, svg.split("<circle").length - 1, svg);
        assertTrue(svg.contains(">2023</text>") && svg.contains(">2026</text>"), svg);
        assertTrue(svg.contains(">4</text>"), "the top of the scale is the largest value: " + svg);
    }

    @Test
    void aYearWithoutFiguresIsAGapAndNoFiguresDrawNoLine() {
        var gap = TrendSvg.of("x", List.of(2024, 2025, 2026), Arrays.asList(BigDecimal.ONE, null, BigDecimal.TEN));
        assertEquals(2, gap.split("<circle").length - 1, gap);
        assertEquals(2, gap.split("M").length - 1, "the line starts again after the gap: " + gap);
        var none = TrendSvg.of("x", List.of(2025, 2026), Arrays.asList(null, null));
        assertFalse(none.contains("<path"), none);
    }
}
