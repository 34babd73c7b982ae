package org.tori.maturity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class AnswerTest {

    @Test
    void theGapIsTheLevelsStillToClimb() {
        assertEquals(2, new Answer("DATA", 2, 4, 2028, 2026, null, null).gap());
        assertEquals(0, new Answer("DATA", 3, 3, null, 2026, null, null).gap());
    }

    @Test
    void levelsRunFromOneToFive() {
        for (var bad : new Integer[] {0, 6, -1, null}) {
            var e = assertThrows(DomainException.class, () -> new Answer("DATA", bad, 5, 2030, 2026, null, null));
            assertEquals("maturity.level.invalid", e.key());
            assertEquals("current", e.field());
        }
        var e = assertThrows(DomainException.class, () -> new Answer("DATA", 1, 6, 2030, 2026, null, null));
        assertEquals("target", e.field());
    }

    @Test
    void aTargetBelowTheCurrentLevelIsRefused() {
        var e = assertThrows(DomainException.class, () -> new Answer("DATA", 4, 3, 2030, 2026, null, null));
        assertEquals("maturity.target.belowCurrent", e.key());
    }

    @Test
    void aTargetAboveTheCurrentLevelNeedsAYearFromTheAssessmentsYearOn() {
        assertEquals(
                "maturity.targetYear.missing",
                assertThrows(DomainException.class, () -> new Answer("DATA", 2, 3, null, 2026, null, null))
                        .key());
        assertEquals(
                "maturity.targetYear.invalid",
                assertThrows(DomainException.class, () -> new Answer("DATA", 2, 3, 2025, 2026, null, null))
                        .key());
        assertEquals(
                "maturity.targetYear.invalid",
                assertThrows(DomainException.class, () -> new Answer("DATA", 2, 3, 2047, 2026, null, null))
                        .key());
    }

    @Test
    void evidenceLinksAreToriAddressesAndTheLessonsAmongThemAreKnown() {
        var answer = new Answer(
                "DATA", 2, 3, 2027, 2026, "  An open data portal  ", "/knowledge/lesson?id=12\n\n /roadmap/item?id=3 ");
        assertEquals(List.of("/knowledge/lesson?id=12", "/roadmap/item?id=3"), answer.getLinks());
        assertEquals(List.of(12L), answer.lessonIds());
        assertEquals("An open data portal", answer.getEvidence());
        var e = assertThrows(
                DomainException.class, () -> new Answer("DATA", 2, 3, 2027, 2026, null, "https://evil.example/"));
        assertEquals("maturity.links.notTori", e.key());
    }
}
