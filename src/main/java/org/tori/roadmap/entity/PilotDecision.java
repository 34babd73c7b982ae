package org.tori.roadmap.entity;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A dated entry on an item: what staff decided on a pilot the item came from (continue, scale up,
 * stop) and why, with the item's status and progress before it, as a review's decision keeps them. Written by {@link RoadmapItem#recordPilotDecision}.
 */
@Entity
@Table(name = "roadmap_pilot_decision")
@NamedQuery(
        name = PilotDecision.OF_ITEM,
        query = "SELECT d FROM PilotDecision d WHERE d.item.id = :item ORDER BY d.decidedOn DESC, d.id DESC")
public class PilotDecision {

    public static final String OF_ITEM = "PilotDecision.ofItem";
    public static final int MAX_REASON = 5000;

    @Id
    @SequenceGenerator(
            name = "roadmap_pilot_decision_seq",
            sequenceName = "roadmap_pilot_decision_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_pilot_decision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private RoadmapItem item;

    @Column(name = "pilot_id")
    private long pilotId;

    @Column(name = "pilot_title")
    private String pilotTitle;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String reason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "status_id")
    private RoadmapStatus status;

    private int progress;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected PilotDecision() {}

    PilotDecision(
            RoadmapItem item,
            long pilotId,
            String pilotTitle,
            Decision decision,
            String reason,
            LocalDate decidedOn,
            RoadmapStatus status,
            int progress,
            OffsetDateTime now) {
        this.item = item;
        this.pilotId = pilotId;
        this.pilotTitle = pilotTitle;
        this.decision = decision;
        this.reason = reason;
        this.decidedOn = decidedOn;
        this.status = status;
        this.progress = progress;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public RoadmapItem getItem() {
        return item;
    }

    public long getPilotId() {
        return pilotId;
    }

    public String getPilotTitle() {
        return pilotTitle;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    /** The item's status before the decision. */
    public RoadmapStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }
}
