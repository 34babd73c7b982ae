package org.tori.judging.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

/** The rules the organisers' set-up page meets: criteria with descriptions, prizes with amounts or descriptions. */
class JudgingSetUpRulesTest {

    @Test
    void aCriterionKeepsItsDescriptionAndRefusesATooLongOne() {
        var criterion = new Criterion(1, " Usefulness ", "  Would people use it weekly?  ", 2, ImpactValue.SOCIAL, 0);
        assertEquals("Usefulness", criterion.getName());
        assertEquals("Would people use it weekly?", criterion.getDescription());
        assertNull(new Criterion(1, "Clarity", "   ", 1, null, 1).getDescription(), "a blank description is none");
        var refused =
                assertThrows(DomainException.class, () -> new Criterion(1, "Clarity", "x".repeat(1001), 1, null, 1));
        assertEquals("criterion.description.long", refused.key());
        assertEquals(
                "criterion.weight.range",
                assertThrows(DomainException.class, () -> new Criterion(1, "Clarity", null, 0, null, 1))
                        .key());
    }

    @Test
    void aPrizeHasAnAmountADescriptionOrBothAndTheAmountFitsInEurosAndCents() {
        var mentoring = new Prize(1, "Runner-up", null, "Three months of mentoring", Prize.Basis.PLACE, 2, null, 0);
        assertEquals("Three months of mentoring", mentoring.getDescription());
        assertNull(mentoring.getAmountEur());
        assertEquals(
                "prize.amount.invalid",
                assertThrows(
                                DomainException.class,
                                () -> new Prize(
                                        1, "Winner", new BigDecimal("12.345"), null, Prize.Basis.PLACE, 1, null, 0))
                        .key());
        assertEquals(
                "prize.amount.invalid",
                assertThrows(
                                DomainException.class,
                                () -> new Prize(
                                        1, "Winner", new BigDecimal("1E+12"), null, Prize.Basis.PLACE, 1, null, 0))
                        .key());
        assertEquals(
                new BigDecimal("2000.50"),
                new Prize(1, "Winner", new BigDecimal("2000.50"), null, Prize.Basis.PLACE, 1, null, 0).getAmountEur());
    }
}
