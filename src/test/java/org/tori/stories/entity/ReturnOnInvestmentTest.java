package org.tori.stories.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tori.judging.entity.ImpactValue;

class ReturnOnInvestmentTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    static Indicator indicator(ImpactValue impact, String unit, String baseline, String value) {
        return new Indicator(
                impact,
                "x",
                unit,
                baseline == null ? null : new BigDecimal(baseline),
                new BigDecimal(value),
                DAY,
                "src");
    }

    @Test
    void onlyEconomicIndicatorsInEurosCountAndTheBaselineIsSubtracted() {
        var roi = ReturnOnInvestment.of(
                new BigDecimal("40000"),
                List.of(
                        indicator(ImpactValue.ECONOMIC, "EUR", "10000", "80000"), // +70 000
                        indicator(ImpactValue.ECONOMIC, "€", null, "30000"), // +30 000
                        indicator(ImpactValue.ECONOMIC, "hours", "0", "900"), // not money
                        indicator(ImpactValue.SOCIAL, "EUR", "0", "99999"))); // not economic
        assertEquals(new BigDecimal("100000"), roi.returned());
        assertEquals(new BigDecimal("2.50"), roi.perEuro());
        assertEquals(new BigDecimal("150"), roi.netPercent());
    }

    @Test
    void aLossShowsAsANegativeNetReturn() {
        var roi = ReturnOnInvestment.of(
                new BigDecimal("30000"), List.of(indicator(ImpactValue.ECONOMIC, "eur", null, "10000")));
        assertEquals(new BigDecimal("0.33"), roi.perEuro());
        assertEquals(new BigDecimal("-67"), roi.netPercent());
    }

    @Test
    void withoutAnInvestmentTheReturnIsUnknownNotZero() {
        var roi = ReturnOnInvestment.of(null, List.of(indicator(ImpactValue.ECONOMIC, "EUR", null, "10000")));
        assertFalse(roi.isKnown());
        assertNull(roi.perEuro());
        assertNull(ReturnOnInvestment.of(BigDecimal.ZERO, List.of()).netPercent());
    }
}
