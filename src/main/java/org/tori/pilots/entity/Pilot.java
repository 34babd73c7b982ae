package org.tori.pilots.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A pilot (or a business case) with a partner: the link of the chain between where it came from (a
 * result, a living lab, a proposal) and scale-up. It keeps the readiness list version it started with.
 */
@Entity
@Table(name = "pilot")
@NamedQuery(name = Pilot.OF_SPACE, query = "SELECT p FROM Pilot p WHERE p.spaceId = :space ORDER BY p.id")
@NamedQuery(name = Pilot.ALL, query = "SELECT p FROM Pilot p ORDER BY p.createdAt DESC, p.id DESC")
@NamedQuery(
        name = Pilot.OF_PERSON,
        query = "SELECT p FROM Pilot p WHERE p.companyId = :person OR p.ownerId = :person ORDER BY p.id DESC")
public class Pilot {

    /** How a pilot goes on: with whom, for how much, from when, how it would scale up (or a business case's next step). */
    public record Terms(
            FollowUp kind,
            String partner,
            BigDecimal budgetEur,
            LocalDate startsOn,
            String scaleUpPlan,
            String nextStep) {}

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

        public boolean canMoveTo(Stage next) {
            return switch (this) {
                case OFFERED -> next == RUNNING || next == STOPPED;
                case RUNNING -> next == SCALED_UP || next == STOPPED;
                default -> false;
            };
        }
    }

    public static final String OF_SPACE = "Pilot.ofSpace";
    public static final String ALL = "Pilot.all";
    public static final String OF_PERSON = "Pilot.ofPerson";

    @Id
    @SequenceGenerator(name = "pilot_seq", sequenceName = "pilot_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_seq")
    private Long id;

    @Column(name = "space_id")
    private Long spaceId;

    @Column(name = "entry_id")
    private Long entryId;

    @Embedded
    private Origin origin;

    @Column(name = "company_id")
    private Long companyId;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "checklist_version")
    private int checklistVersion;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "gaps_confirmed")
    private boolean gapsConfirmed;

    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "story_id")
    private Long storyId;

    private String partner;

    @Column(name = "budget_eur")
    private BigDecimal budgetEur;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "scale_up_plan")
    private String scaleUpPlan;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    private FollowUp kind;

    @Column(name = "next_step")
    private String nextStep;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private String outcome;

    @Column(name = "stage_changed_at")
    private OffsetDateTime stageChangedAt;

    protected Pilot() {}

    /**
     * A pilot from its origin, on its terms; {@code spaceId} is the space of a result or living lab.
     * The company and the city's owner fill its readiness record (either may be named later).
     */
    public Pilot(
            Origin origin,
            Long spaceId,
            Terms terms,
            int checklistVersion,
            Long companyId,
            Long ownerId,
            OffsetDateTime now) {
        this.origin = Objects.requireNonNull(origin);
        var kind = terms.kind();
        var partner = terms.partner();
        var budgetEur = terms.budgetEur();
        var startsOn = terms.startsOn();
        var scaleUpPlan = terms.scaleUpPlan();
        var nextStep = terms.nextStep();
        this.kind = kind == null ? FollowUp.PILOT : kind;
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
        this.entryId = origin.getKind() == OriginKind.RESULT ? origin.getOriginId() : null;
        this.checklistVersion = checklistVersion;
        this.companyId = companyId;
        this.ownerId = ownerId;
        this.partner = partner.strip();
        this.budgetEur = budgetEur;
        this.startsOn = startsOn;
        this.scaleUpPlan = scaleUpPlan == null || scaleUpPlan.isBlank() ? null : scaleUpPlan.strip();
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

    /**
     * Staff decide on the pilot page. Scale-up with gaps in the record is confirmed with a reason;
     * a stop says what was learned and may link the lesson written about it; a running pilot may
     * also continue as it is, which needs the reason as well (nothing else changes). Returns the
     * decision for those who follow it (the roadmap, the company and the city's owner).
     */
    public PilotDecided decide(
            Stage next,
            String reason,
            boolean confirmGaps,
            ReadinessRecord record,
            Long lesson,
            boolean addToRoadmap,
            OffsetDateTime now) {
        if (next == Stage.RUNNING && stage == Stage.RUNNING) {
            continueRunning(reason);
            return decision(addToRoadmap, now);
        }
        if (next == null || !stage.canMoveTo(next)) {
            throw new DomainException(Kind.CONFLICT, "pilot.stage.illegal", "stage");
        }
        if (next == Stage.SCALED_UP && !record.gaps().isEmpty() && !confirmGaps) {
            throw new DomainException(Kind.INVALID, "pilot.gaps.confirm", "confirmGaps");
        }
        if (next == Stage.SCALED_UP || next == Stage.STOPPED) {
            if (reason == null || reason.isBlank()) {
                throw new DomainException(Kind.INVALID, "pilot.reason.required", "reason");
            }
        }
        moveTo(next, reason, now);
        if (next == Stage.SCALED_UP || next == Stage.STOPPED) {
            this.decisionReason = this.outcome;
            this.gapsConfirmed = next == Stage.SCALED_UP && !record.gaps().isEmpty();
        } else if (reason != null && !reason.isBlank()) {
            this.decisionReason = reason.strip();
        }
        if (next == Stage.STOPPED && lesson != null) {
            this.lessonId = lesson;
        }
        return decision(addToRoadmap, now);
    }

    /** The decision as it now stands, for those who follow pilots. */
    public PilotDecided decision(boolean addToRoadmap, OffsetDateTime now) {
        return new PilotDecided(
                id,
                origin.getTitle(),
                PilotDecided.Verdict.of(stage),
                stage == Stage.OFFERED ? null : decisionReason,
                partner,
                companyId,
                ownerId,
                startsOn,
                budgetEur,
                scaleUpPlan,
                addToRoadmap,
                now);
    }

    private void continueRunning(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(Kind.INVALID, "pilot.reason.required", "reason");
        }
        if (reason.strip().length() > 5000) {
            throw new DomainException(Kind.INVALID, "pilot.text.long", "reason");
        }
        this.decisionReason = reason.strip();
    }

    /** The story told about the pilot, once there is one. */
    public void tellStory(Long story) {
        this.storyId = story;
    }

    /**
     * Staff or the city's owner choose the success story told about the pilot (null: none yet);
     * the company tells it but does not decide which story speaks for the city.
     */
    public void chooseStory(Long story, long by, boolean staff) {
        if (!staff && (ownerId == null || ownerId != by)) {
            throw new DomainException(Kind.FORBIDDEN, "pilot.story.forbidden");
        }
        this.storyId = story;
    }

    /** Whether this reader may choose the pilot's story. */
    public boolean mayChooseStory(long accountId, boolean staff) {
        return staff || (ownerId != null && ownerId == accountId);
    }

    /**
     * Staff hand the pilot to another owner on the city's side: a city partner or staff member, not
     * the pilot's company (the record is filled by the two sides together).
     */
    public void changeOwner(long owner, boolean speaksForCity) {
        if (companyId != null && companyId == owner) {
            throw new DomainException(Kind.INVALID, "pilot.owner.isCompany", "owner");
        }
        if (!speaksForCity) {
            throw new DomainException(Kind.INVALID, "pilot.owner.notCity", "owner");
        }
        this.ownerId = owner;
    }

    public boolean mayFill(long accountId) {
        return (companyId != null && companyId == accountId) || (ownerId != null && ownerId == accountId);
    }

    public boolean decided() {
        return stage == Stage.SCALED_UP || stage == Stage.STOPPED;
    }

    public Long getId() {
        return id;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public int getChecklistVersion() {
        return checklistVersion;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public boolean isGapsConfirmed() {
        return gapsConfirmed;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public Long getStoryId() {
        return storyId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
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

    public Long getEntryId() {
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
