package org.tori.stories.entity;

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
import java.time.OffsetDateTime;
import java.util.Objects;

/** A snapshot of a story's text after each change, with who changed it and what happened. */
@Entity
@Table(name = "story_revision")
@NamedQuery(
        name = StoryRevision.OF_STORY,
        query = "SELECT r FROM StoryRevision r WHERE r.storyId = :story ORDER BY r.number DESC")
@NamedQuery(
        name = StoryRevision.LAST_NUMBER,
        query = "SELECT COALESCE(MAX(r.number), 0) FROM StoryRevision r WHERE r.storyId = :story")
public class StoryRevision {

    public static final String OF_STORY = "StoryRevision.ofStory";
    public static final String LAST_NUMBER = "StoryRevision.lastNumber";

    @Id
    @SequenceGenerator(name = "story_revision_seq", sequenceName = "story_revision_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_revision_seq")
    private Long id;

    @Column(name = "story_id")
    private long storyId;

    @Column(name = "revision_no")
    private int number;

    @Enumerated(EnumType.STRING)
    private StoryStatus status;

    private String title;

    @Column(name = "lead_text")
    private String lead;

    @Column(name = "body_source")
    private String bodySource;

    private String note;

    @Column(name = "changed_by")
    private long changedBy;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected StoryRevision() {}

    public StoryRevision(Story story, int number, String note, long changedBy, OffsetDateTime now) {
        this.storyId = Objects.requireNonNull(story.getId());
        this.number = number;
        this.status = story.getStatus();
        this.title = story.getTitle();
        this.lead = story.getLead();
        this.bodySource = story.getBodySource();
        this.note = Objects.requireNonNull(note);
        this.changedBy = changedBy;
        this.changedAt = Objects.requireNonNull(now);
    }

    public int getNumber() {
        return number;
    }

    public StoryStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public String getBodySource() {
        return bodySource;
    }

    public String getNote() {
        return note;
    }

    public long getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
