package org.tori.roadmap.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.time.ProgramTime;

/**
 * A dated portfolio review: for each item looked at, its status and progress that day and what was
 * decided, with the reason. Stopping an item moves it to the stopped status and asks for a lesson.
 */
@Entity
@Table(name = "portfolio_review")
@NamedQuery(name = PortfolioReview.ALL, query = "SELECT r FROM PortfolioReview r ORDER BY r.heldOn DESC, r.id DESC")
public class PortfolioReview {

    public static final String ALL = "PortfolioReview.all";

    @Id
    @SequenceGenerator(name = "portfolio_review_seq", sequenceName = "portfolio_review_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portfolio_review_seq")
    private Long id;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String title;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReviewDecision> decisions = new ArrayList<>();

    protected PortfolioReview() {}

    public PortfolioReview(LocalDate heldOn, String title, OffsetDateTime now) {
        if (heldOn == null) {
            throw new DomainException(Kind.INVALID, "roadmap.review.date", "reviewDate");
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new DomainException(Kind.INVALID, "roadmap.review.title", "reviewTitle");
        }
        this.heldOn = heldOn;
        this.title = title.strip();
        this.createdAt = Objects.requireNonNull(now);
    }

    /**
     * Records the decision on one item with its status and progress as they are now. Stopping moves
     * the item to {@code stopped} (the status list's stopped step); once per item and review.
     */
    public ReviewDecision decide(
            RoadmapItem item, Decision decision, String reason, RoadmapStatus stopped, OffsetDateTime now) {
        Objects.requireNonNull(item);
        if (decision == null) {
            throw new DomainException(Kind.INVALID, "roadmap.decision.required", "decision");
        }
        if (decisions.stream().anyMatch(d -> d.getItem() == item)) {
            throw new DomainException(Kind.CONFLICT, "roadmap.decision.twice");
        }
        var cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision.needsReason() && cleanReason == null) {
            throw new DomainException(Kind.INVALID, "roadmap.decision.reason", "reason");
        }
        if (cleanReason != null && cleanReason.length() > 2000) {
            throw new DomainException(Kind.INVALID, "roadmap.text.tooLong", "reason");
        }
        var made = new ReviewDecision(this, item, item.getStatus(), item.progress(), decision, cleanReason);
        decisions.add(made);
        if (decision == Decision.STOP) {
            if (stopped == null || stopped.getOutcome() != Outcome.STOPPED) {
                throw new DomainException(Kind.CONFLICT, "roadmap.status.noStopped");
            }
            item.changeStatus(stopped, ProgramTime.startOf(heldOn));
        }
        return made;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public List<ReviewDecision> getDecisions() {
        return List.copyOf(decisions);
    }
}
