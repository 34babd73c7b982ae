package org.tori.roadmap.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What one review decided for one item, with the item's status and progress on the day. */
@Entity
@Table(name = "portfolio_decision")
@NamedQuery(
        name = ReviewDecision.OF_ITEM,
        query = "SELECT d FROM ReviewDecision d WHERE d.item.id = :item ORDER BY d.review.heldOn DESC, d.id DESC")
public class ReviewDecision {

    public static final String OF_ITEM = "ReviewDecision.ofItem";

    @Id
    @SequenceGenerator(name = "portfolio_decision_seq", sequenceName = "portfolio_decision_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portfolio_decision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private PortfolioReview review;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private RoadmapItem item;

    @ManyToOne(optional = false)
    @JoinColumn(name = "status_id")
    private RoadmapStatus status;

    private int progress;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String reason;

    protected ReviewDecision() {}

    ReviewDecision(
            PortfolioReview review,
            RoadmapItem item,
            RoadmapStatus status,
            int progress,
            Decision decision,
            String reason) {
        this.review = review;
        this.item = item;
        this.status = status;
        this.progress = progress;
        this.decision = decision;
        this.reason = reason;
    }

    /** A stopped item's experience belongs in the knowledge base: the page offers to write its lesson. */
    public boolean asksForLesson() {
        return decision == Decision.STOP;
    }

    public Long getId() {
        return id;
    }

    public PortfolioReview getReview() {
        return review;
    }

    public RoadmapItem getItem() {
        return item;
    }

    public RoadmapStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }
}
