package org.tori.scorecard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** What staff aim at for one KPI in one year, and the actions under way when it is not reached. */
@Entity
@Table(name = "kpi_target")
@IdClass(KpiTarget.Key.class)
@NamedQuery(name = KpiTarget.OF_YEAR, query = "SELECT t FROM KpiTarget t WHERE t.period = :year")
public class KpiTarget {

    public static final String OF_YEAR = "KpiTarget.ofYear";

    /** The composite key: KPI and year. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Kpi kpi;
        private int period;

        public Key() {}

        public Key(Kpi kpi, int period) {
            this.kpi = kpi;
            this.period = period;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kpi == kpi && k.period == period;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kpi, period);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    private Kpi kpi;

    @Id
    private int period;

    private BigDecimal target;
    private String actions;

    @Column(name = "set_by")
    private long setBy;

    @Column(name = "set_at")
    private OffsetDateTime setAt;

    @Version
    private long version;

    protected KpiTarget() {}

    public KpiTarget(Kpi kpi, int year) {
        this.kpi = Objects.requireNonNull(kpi);
        if (year < 2000 || year > 2100) {
            throw new DomainException(Kind.INVALID, "target.year.invalid", "year");
        }
        this.period = year;
    }

    public void set(BigDecimal target, String actions, long by, OffsetDateTime now) {
        if (target == null || target.signum() < 0 || target.compareTo(new BigDecimal("1E13")) >= 0) {
            throw new DomainException(Kind.INVALID, "target.value.invalid", "target");
        }
        if (actions != null && actions.strip().length() > 500) {
            throw new DomainException(Kind.INVALID, "target.actions.tooLong", "actions");
        }
        this.target = target;
        this.actions = actions == null || actions.isBlank() ? null : actions.strip();
        this.setBy = by;
        this.setAt = Objects.requireNonNull(now);
    }

    public Kpi getKpi() {
        return kpi;
    }

    public int getPeriod() {
        return period;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public String getActions() {
        return actions;
    }
}
