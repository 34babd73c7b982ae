package org.tori.stories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.tori.judging.entity.ImpactValue;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * One measured effect of a story in one of the four values: what was measured, in which unit,
 * before (baseline, when known) and after, when, and who measured it.
 */
@Embeddable
public class Indicator {

    private static final BigDecimal LIMIT = new BigDecimal("1E13");

    @Enumerated(EnumType.STRING)
    private ImpactValue impact;

    private String name;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal measured;

    @Column(name = "measured_on")
    private LocalDate measuredOn;

    private String source;

    protected Indicator() {}

    public Indicator(
            ImpactValue impact,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal measured,
            LocalDate measuredOn,
            String source) {
        this.impact = require(impact, "indicator.impact.required", "impact");
        this.name = text(name, "indicator.name.required", "name", 200);
        this.unit = text(unit, "indicator.unit.required", "unit", 40);
        this.measured = bounded(require(measured, "indicator.value.required", "value"), "value");
        this.measuredOn = require(measuredOn, "indicator.date.required", "measuredOn");
        this.source = text(source, "indicator.source.required", "source", 300);
        this.baseline = baseline == null ? null : bounded(baseline, "baseline");
    }

    /** Values fit the column: below ten trillion, four decimals at most (rounded). */
    private static BigDecimal bounded(BigDecimal value, String field) {
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new DomainException(Kind.INVALID, "indicator.value.range", field);
        }
        return value.setScale(Math.min(Math.max(value.scale(), 0), 4), RoundingMode.HALF_UP);
    }

    private static <T> T require(T value, String key, String field) {
        if (value == null) {
            throw new DomainException(Kind.INVALID, key, field);
        }
        return value;
    }

    private static String text(String value, String key, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainException(Kind.INVALID, key, field);
        }
        if (value.strip().length() > max) {
            throw new DomainException(Kind.INVALID, "indicator.tooLong", field);
        }
        return value.strip();
    }

    /** A monetary return counts towards the return on investment: economic and measured in euros. */
    public boolean isEuroReturn() {
        return impact == ImpactValue.ECONOMIC && ("EUR".equalsIgnoreCase(unit) || "€".equals(unit));
    }

    /** The change the story brought: the value less the baseline, or the value when no baseline was taken. */
    public BigDecimal change() {
        return baseline == null ? measured : measured.subtract(baseline);
    }

    public ImpactValue getImpact() {
        return impact;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getMeasured() {
        return measured;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public String getSource() {
        return source;
    }
}
