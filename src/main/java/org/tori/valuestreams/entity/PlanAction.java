package org.tori.valuestreams.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** One action of a collective's plan: what, who carries it (a name or unit), by when, and how it stands. */
@Entity
@Table(name = "plan_action")
@NamedQuery(
        name = PlanAction.OF,
        query = "SELECT a FROM PlanAction a WHERE a.collectiveId = :collective ORDER BY a.dueOn, a.id")
public class PlanAction {

    public static final String OF = "PlanAction.of";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_action_seq")
    @SequenceGenerator(name = "plan_action_seq", sequenceName = "plan_action_seq", allocationSize = 1)
    private Long id;

    @Column(name = "collective_id")
    private long collectiveId;

    private String title;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected PlanAction() {}

    PlanAction(Collective collective, String title, String ownerName, LocalDate dueOn, OffsetDateTime now) {
        this.collectiveId = Objects.requireNonNull(collective.getId());
        this.title = Typed.required(title, 300, "collective.action.title", "title");
        this.ownerName = Typed.required(ownerName, 160, "collective.action.owner", "owner");
        if (dueOn == null) {
            throw new DomainException(Kind.INVALID, "collective.action.due.required", "due");
        }
        this.dueOn = dueOn;
        this.status = ActionStatus.PLANNED;
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** Moves the action on; a move its status does not allow is refused. */
    public void moveTo(ActionStatus target, OffsetDateTime now) {
        if (target == null || !status.next().contains(target)) {
            throw new DomainException(Kind.CONFLICT, "collective.action.move.refused", "status");
        }
        status = target;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCollectiveId() {
        return collectiveId;
    }

    public String getTitle() {
        return title;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
