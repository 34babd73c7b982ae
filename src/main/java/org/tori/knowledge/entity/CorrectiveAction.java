package org.tori.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** An improvement the analysis decided on: what, corrective or preventive, who, by when, how far. */
@Embeddable
public class CorrectiveAction {

    private String description;

    @Enumerated(EnumType.STRING)
    private ActionKind kind;

    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    protected CorrectiveAction() {}

    public CorrectiveAction(String description, ActionKind kind, String owner, LocalDate dueOn, ActionStatus status) {
        if (description == null || description.isBlank()) {
            throw new DomainException(Kind.INVALID, "lesson.action.required", "actions");
        }
        this.description = FreeText.cut(description, 1000);
        this.kind = kind == null ? ActionKind.CORRECTIVE : kind;
        this.owner = FreeText.blankToNull(owner, 200);
        this.dueOn = dueOn;
        this.status = status == null ? ActionStatus.PLANNED : status;
    }

    public String getDescription() {
        return description;
    }

    public ActionKind getKind() {
        return kind;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }
}
