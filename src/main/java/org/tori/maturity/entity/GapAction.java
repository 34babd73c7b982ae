package org.tori.maturity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** One action to close the gap in a dimension, with who owns it, when it is due, and how far it has come. */
@Embeddable
public class GapAction {

    private String dimension;
    private String title;
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    protected GapAction() {}

    public GapAction(String dimension, String title, String owner, LocalDate dueOn, ActionStatus status) {
        this.dimension = Objects.requireNonNull(dimension);
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new DomainException(Kind.INVALID, "maturity.action.title", "actionTitle");
        }
        if (owner != null && owner.strip().length() > 160) {
            throw new DomainException(Kind.INVALID, "maturity.action.owner", "actionOwner");
        }
        this.title = title.strip();
        this.owner = owner == null || owner.isBlank() ? null : owner.strip();
        this.dueOn = dueOn;
        this.status = status == null ? ActionStatus.PLANNED : status;
    }

    public String getDimension() {
        return dimension;
    }

    public String getTitle() {
        return title;
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
