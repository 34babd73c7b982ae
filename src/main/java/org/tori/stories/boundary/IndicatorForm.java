package org.tori.stories.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.tori.judging.entity.ImpactValue;
import org.tori.stories.entity.Indicator;

/** One indicator row of the story form; a row left wholly empty on the page is ignored. */
public class IndicatorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ImpactValue impact;
    private String name;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal value;
    private LocalDate measuredOn;
    private String source;

    public IndicatorForm() {}

    IndicatorForm(Indicator i) {
        this.impact = i.getImpact();
        this.name = i.getName();
        this.unit = i.getUnit();
        this.baseline = i.getBaseline();
        this.value = i.getMeasured();
        this.measuredOn = i.getMeasuredOn();
        this.source = i.getSource();
    }

    boolean isBlank() {
        return impact == null
                && blank(name)
                && blank(unit)
                && baseline == null
                && value == null
                && measuredOn == null
                && blank(source);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    Indicator indicator() {
        return new Indicator(impact, name, unit, baseline, value, measuredOn, source);
    }

    public ImpactValue getImpact() {
        return impact;
    }

    public void setImpact(ImpactValue impact) {
        this.impact = impact;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
