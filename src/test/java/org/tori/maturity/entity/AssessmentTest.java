package org.tori.maturity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.DomainException;

class AssessmentTest {

    private static final Reader TAMPERE = new Reader(1L, false, true, "Tampere");
    private static final Reader OULU = new Reader(2L, false, true, "Oulu");
    private static final Reader CITIZEN = new Reader(3L, false, false, null);
    private static final Reader STAFF = new Reader(4L, true, false, null);

    private static Assessment of(Reader by) {
        return new Assessment(
                by,
                1,
                LocalDate.of(2026, 3, 1),
                List.of("DATA", "STRATEGY"),
                List.of(
                        new Answer("DATA", 2, 3, 2027, 2026, null, null),
                        new Answer("STRATEGY", 3, 3, null, 2026, null, null)),
                List.of(new GapAction("DATA", "Open the bus data", "CDO", LocalDate.of(2026, 9, 1), null)),
                OffsetDateTime.now());
    }

    @Test
    void anAssessmentIsPrivateToTheCityAndStaffUntilShared() {
        var a = of(TAMPERE);
        assertEquals(Sharing.PRIVATE, a.getSharing());
        assertTrue(a.readableBy(TAMPERE) && a.readableBy(STAFF));
        assertFalse(a.readableBy(OULU) || a.readableBy(CITIZEN) || a.readableBy(Reader.ANONYMOUS));
        a.share(Sharing.PARTNERS, TAMPERE);
        assertTrue(a.readableBy(OULU));
        assertFalse(a.readableBy(CITIZEN));
        a.share(Sharing.PUBLIC, TAMPERE);
        assertTrue(a.readableBy(Reader.ANONYMOUS));
    }

    @Test
    void onlyTheCityItselfSharesAndOnlyAPartnerCityAssesses() {
        var a = of(TAMPERE);
        assertThrows(DomainException.class, () -> a.share(Sharing.PUBLIC, OULU));
        assertThrows(DomainException.class, () -> a.share(Sharing.PUBLIC, STAFF));
        assertEquals(
                "maturity.assess.cityOnly",
                assertThrows(DomainException.class, () -> of(CITIZEN)).key());
    }

    @Test
    void everyDimensionIsAnsweredAndActionsBelongToTheirDimension() {
        var e = assertThrows(
                DomainException.class,
                () -> new Assessment(
                        TAMPERE,
                        1,
                        LocalDate.of(2026, 3, 1),
                        List.of("DATA", "STRATEGY"),
                        List.of(new Answer("DATA", 2, 3, 2027, 2026, null, null)),
                        List.of(),
                        OffsetDateTime.now()));
        assertEquals("maturity.answers.incomplete", e.key());
        var a = of(TAMPERE);
        assertEquals(1, a.actionsOf("DATA").size());
        assertEquals(List.of(), a.actionsOf("STRATEGY"));
        assertEquals(1, a.answer("DATA").orElseThrow().gap());
    }

    @Test
    void citiesOfSimilarSizeAreWithinAFactorOfTwo() {
        assertTrue(CityProfile.similar(100_000, 200_000));
        assertFalse(CityProfile.similar(100_000, 200_001));
        assertFalse(CityProfile.similar(null, 100_000));
    }
}
