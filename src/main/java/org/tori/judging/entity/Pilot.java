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

    /** A business case is handed to an owner with a next step; a pilot is paid and dated. */
    public enum FollowUp {
        BUSINESS_CASE,
        PILOT
    }

    /** Where the follow-up is: offered, running, then scaled up or stopped (each with what was learned). */
    public enum Stage {
        OFFERED,
        RUNNING,
        SCALED_UP,
        STOPPED;

        boolean canMoveTo(Stage next) {
            return switch (this) {
                case OFFERED -> next == RUNNING || next == STOPPED;
                case RUNNING -> next == SCALED_UP || next == STOPPED;
                default -> false;
            };
        }
    }

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

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private FollowUp kind;

    @Column(name = "next_step")
    private String nextStep;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Stage stage;

    private String outcome;

    @Column(name = "stage_changed_at")
    private OffsetDateTime stageChangedAt;

    protected Pilot() {}

    /** Only a winner of published results may be offered a pilot. */
    public Pilot(
            Result winner,
            long spaceId,
            FollowUp kind,
            String partner,
            BigDecimal budgetEur,
            LocalDate startsOn,
            String scaleUpPlan,
            String nextStep,
            OffsetDateTime now) {
        this.kind = kind == null ? FollowUp.PILOT : kind;
        if (winner == null || !winner.isWinner()) {
            throw new DomainException(Kind.CONFLICT, "pilot.winnersOnly");
        }
        if (partner == null || partner.isBlank()) {
            throw new DomainException(Kind.INVALID, "pilot.partner.required", "partner");
        }
        if (partner.strip().length() > 200
                || (nextStep != null && nextStep.length() > 2000)
                || (scaleUpPlan != null && scaleUpPlan.length() > 5000)) {
            throw new DomainException(Kind.INVALID, "pilot.text.long", "partner");
        }
        if (budgetEur != null
                && (budgetEur.precision() - budgetEur.scale() > 10
                        || budgetEur.stripTrailingZeros().scale() > 2)) {
            throw new DomainException(Kind.INVALID, "pilot.budget.invalid", "budgetEur");
        }
        if ((this.kind == FollowUp.PILOT && budgetEur == null) || (budgetEur != null && budgetEur.signum() < 0)) {
            throw new DomainException(Kind.INVALID, "pilot.budget.invalid", "budgetEur");
        }
        if (this.kind == FollowUp.PILOT && startsOn == null) {
            throw new DomainException(Kind.INVALID, "pilot.start.required", "startsOn");
        }
        if (this.kind == FollowUp.BUSINESS_CASE && (nextStep == null || nextStep.isBlank())) {
            throw new DomainException(Kind.INVALID, "pilot.nextStep.required", "nextStep");
        }
        this.nextStep = nextStep == null || nextStep.isBlank() ? null : nextStep.strip();
        this.stage = Stage.OFFERED;
        this.stageChangedAt = now;
        this.spaceId = spaceId;
        this.entryId = winner.getEntryId();
        this.partner = partner.strip();
        this.budgetEur = budgetEur;
        this.startsOn = startsOn;
        this.scaleUpPlan = scaleUpPlan;
        this.createdAt = now;
    }

    /** Moves the follow-up on; the end (scaled up or stopped) records the outcome for others to learn from. */
    public void moveTo(Stage next, String outcome, OffsetDateTime now) {
        if (next == null || !stage.canMoveTo(next)) {
            throw new DomainException(Kind.CONFLICT, "pilot.stage.illegal", "stage");
        }
        if ((next == Stage.SCALED_UP || next == Stage.STOPPED) && (outcome == null || outcome.isBlank())) {
            throw new DomainException(Kind.INVALID, "pilot.outcome.required", "outcome");
        }
        if (outcome != null && outcome.strip().length() > 5000) {
            throw new DomainException(Kind.INVALID, "pilot.text.long", "outcome");
        }
        this.stage = next;
        if (outcome != null && !outcome.isBlank()) {
            this.outcome = outcome.strip();
        }
        this.stageChangedAt = now;
    }

    public FollowUp getKind() {
        return kind;
    }

    public String getNextStep() {
        return nextStep;
    }

    public Stage getStage() {
        return stage;
    }

    public String getOutcome() {
        return outcome;
    }

    public OffsetDateTime getStageChangedAt() {
        return stageChangedAt;
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
