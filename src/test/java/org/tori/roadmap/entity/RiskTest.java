package org.tori.roadmap.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tori.roadmap.entity.RoadmapItemTest.PILOTING;
import static org.tori.roadmap.entity.RoadmapItemTest.item;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tori.judging.entity.ImpactValue;
import org.tori.knowledge.entity.Reader;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.DomainException;

class RiskTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-05-01T10:00:00+03:00");
    static final Reader CITIZEN = new Reader(1L, false, false, null);
    static final Reader STAFF = new Reader(2L, true, false, null);

    @Test
    void aStaffOnlyRiskIsReadByStaffAndAPublicOneByWhoeverReadsTheItem() {
        var open = item("Ferry", PILOTING, null, null);
        var hidden = new Risk(open, "Ice", RiskLevel.MEDIUM, RiskLevel.HIGH, null, null, false, NOW);
        var shown = new Risk(open, "Late bid", RiskLevel.LOW, RiskLevel.MEDIUM, "Two operators", "Harbour", true, NOW);
        assertFalse(hidden.readableBy(CITIZEN));
        assertTrue(hidden.readableBy(STAFF));
        assertTrue(shown.readableBy(CITIZEN));
        assertTrue(shown.readableBy(Reader.ANONYMOUS));
        var secretItem = item("Tender", PILOTING, null, null, Visibility.STAFF);
        var shownOnSecret = new Risk(secretItem, "Cost", RiskLevel.LOW, RiskLevel.LOW, null, null, true, NOW);
        assertFalse(shownOnSecret.readableBy(CITIZEN), "a public risk of a staff-only item stays hidden");
    }

    @Test
    void aRiskNeedsWhatCouldGoWrongAndBothLevels() {
        var ferry = item("Ferry", PILOTING, null, null);
        assertEquals(
                "riskTitle",
                assertThrows(
                                DomainException.class,
                                () -> new Risk(ferry, " ", RiskLevel.LOW, RiskLevel.LOW, null, null, false, NOW))
                        .field());
        assertEquals(
                "riskImpact",
                assertThrows(
                                DomainException.class,
                                () -> new Risk(ferry, "Ice", RiskLevel.LOW, null, null, null, false, NOW))
                        .field());
        var closed = new Risk(ferry, "Ice", RiskLevel.LOW, RiskLevel.LOW, null, null, false, NOW);
        closed.close();
        assertTrue(closed.isClosed());
    }

    @Test
    void expectedImpactKeepsTheValuesStatedAndRefusesATooLongOneAtItsField() {
        var impact =
                ExpectedImpact.of(Map.of(ImpactValue.SOCIAL, " Islanders reach the city. ", ImpactValue.RESEARCH, " "));
        assertEquals(Map.of(ImpactValue.SOCIAL, "Islanders reach the city."), impact.stated());
        var tooLong = assertThrows(
                DomainException.class, () -> ExpectedImpact.of(Map.of(ImpactValue.ECONOMIC, "x".repeat(1001))));
        assertEquals("impactECONOMIC", tooLong.field());
    }
}
