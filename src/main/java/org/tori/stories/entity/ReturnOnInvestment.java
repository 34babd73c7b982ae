package org.tori.stories.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * What came back for the money put in: the sum of the economic indicators measured in euros set
 * against the investment. Unknown (not zero) when no investment was recorded.
 */
public record ReturnOnInvestment(BigDecimal investment, BigDecimal returned) {

    public static ReturnOnInvestment of(BigDecimal investment, Collection<Indicator> indicators) {
        var returned = indicators.stream()
                .filter(Indicator::isEuroReturn)
                .map(Indicator::change)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ReturnOnInvestment(investment, returned);
    }

    public boolean isKnown() {
        return investment != null && investment.signum() > 0;
    }

    /** Euros back for each euro invested, to cents. */
    public BigDecimal perEuro() {
        return isKnown() ? returned.divide(investment, 2, RoundingMode.HALF_UP) : null;
    }

    /** The net return in per cent of the investment, whole per cents: (returned − investment) / investment. */
    public BigDecimal netPercent() {
        return isKnown()
                ? returned.subtract(investment)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(investment, 0, RoundingMode.HALF_UP)
                : null;
    }
}
