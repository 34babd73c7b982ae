package org.tori.roadmap.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A dated step of an item, planned or reached. Staff write it as a draft; publishing shows it on
 * the roadmap, sets the item's progress when the milestone reports one, and tells followers once.
 */
@Entity
@Table(name = "roadmap_milestone")
@NamedQuery(
        name = Milestone.OF_ITEM,
        query = "SELECT m FROM Milestone m WHERE m.item.id = :item ORDER BY m.dueOn, m.id")
@NamedQuery(
        name = Milestone.PUBLISHED,
        query = "SELECT m FROM Milestone m WHERE m.publishedAt IS NOT NULL ORDER BY m.publishedAt DESC")
public class Milestone {

    public static final String OF_ITEM = "Milestone.ofItem";
    public static final String PUBLISHED = "Milestone.published";

    @Id
    @SequenceGenerator(name = "roadmap_milestone_seq", sequenceName = "roadmap_milestone_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_milestone_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private RoadmapItem item;

    private String title;
    private String body;

    @Column(name = "due_on")
    private LocalDate dueOn;

    private boolean reached;
    private Integer progress;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Milestone() {}

    public Milestone(
            RoadmapItem item,
            String title,
            String body,
            LocalDate dueOn,
            boolean reached,
            Integer progress,
            OffsetDateTime now) {
        this.item = Objects.requireNonNull(item);
        this.createdAt = Objects.requireNonNull(now);
        rewrite(title, body, dueOn, reached, progress);
    }

    public final void rewrite(
            String newTitle, String newBody, LocalDate newDueOn, boolean isReached, Integer newProgress) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new DomainException(Kind.INVALID, "roadmap.milestone.title", "milestoneTitle");
        }
        if (newTitle.strip().length() > 200
                || (newBody != null && newBody.strip().length() > 4000)) {
            throw new DomainException(
                    Kind.INVALID,
                    "roadmap.text.tooLong",
                    newTitle.strip().length() > 200 ? "milestoneTitle" : "milestoneBody");
        }
        if (newDueOn == null) {
            throw new DomainException(Kind.INVALID, "roadmap.milestone.date", "milestoneDate");
        }
        if (newProgress != null) {
            Progress.check(newProgress, "milestoneProgress");
        }
        this.title = newTitle.strip();
        this.body = newBody == null ? "" : newBody.strip();
        this.dueOn = newDueOn;
        this.reached = isReached;
        this.progress = newProgress;
    }

    /** Shows the milestone and says so once; publishing again is refused. */
    public MilestonePublished publish(OffsetDateTime now) {
        if (publishedAt != null) {
            throw new DomainException(Kind.CONFLICT, "roadmap.milestone.alreadyPublished");
        }
        publishedAt = Objects.requireNonNull(now);
        if (progress != null) {
            item.reportProgress(progress);
        }
        return new MilestonePublished(
                item.getId(), item.getTitle(), item.getVisibility(), id, title, body, dueOn, reached);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public RoadmapItem getItem() {
        return item;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isReached() {
        return reached;
    }

    public Integer getProgress() {
        return progress;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
