package org.tori.judging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A winning entry continues as a paid pilot with a partner: the next link of the chain to scale-up. */
@Entity
@Table(name = "pilot")
@NamedQuery(name = Pilot.OF_SPACE, query = "SELECT p FROM Pilot p WHERE p.spaceId = :space ORDER BY p.id")
public class Pilot {

    public static final String OF_SPACE = "Pilot.ofSpace";

    @Id
    @SequenceGenerator(name = "pilot_seq", sequenceName = "pilot_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_seq")
    private Long id;
    @Column(name = "space_id")
    private long spaceId;
    @Column(name = "entry_id")
    private long entryId;
    private String partner;
    @Column(name = "budget_eur")
    private BigDecimal budgetEur;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "scale_up_plan")
    private String scaleUpPlan;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Pilot() {
    }

    /** Only a winner of published results may be offered a pilot. */
    public Pilot(Result winner, long spaceId, String partner, BigDecimal budgetEur, LocalDate startsOn, String scaleUpPlan,
            OffsetDateTime now) {
        if (winner == null || !winner.isWinner()) {
            throw new DomainException(Kind.CONFLICT, "pilot.winnersOnly");
        }
        if (partner == null || partner.isBlank()) {
            throw new DomainException(Kind.INVALID, "pilot.partner.required", "partner");
        }
        if (budgetEur == null || budgetEur.signum() < 0) {
            throw new DomainException(Kind.INVALID, "pilot.budget.invalid", "budgetEur");
        }
        if (startsOn == null) {
            throw new DomainException(Kind.INVALID, "pilot.start.required", "startsOn");
        }
        this.spaceId = spaceId;
        this.entryId = winner.getEntryId();
        this.partner = partner.strip();
        this.budgetEur = budgetEur;
        this.startsOn = startsOn;
        this.scaleUpPlan = scaleUpPlan;
        this.createdAt = now;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getPartner() {
        return partner;
    }

    public BigDecimal getBudgetEur() {
        return budgetEur;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public String getScaleUpPlan() {
        return scaleUpPlan;
    }
}
