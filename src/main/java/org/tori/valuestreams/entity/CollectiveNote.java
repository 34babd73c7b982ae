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

/**
 * One of a collective's records: a phenomenon (a trend or need seen in the city), a customer journey
 * of a life event (its steps, and the pain points on the way) or the notes of a meeting. A phenomenon
 * or journey may name the space started from it.
 */
@Entity
@Table(name = "collective_note")
@NamedQuery(
        name = CollectiveNote.OF,
        query =
                "SELECT n FROM CollectiveNote n WHERE n.collectiveId = :collective ORDER BY n.writtenAt DESC, n.id DESC")
public class CollectiveNote {

    public static final String OF = "CollectiveNote.of";
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collective_note_seq")
    @SequenceGenerator(name = "collective_note_seq", sequenceName = "collective_note_seq", allocationSize = 1)
    private Long id;

    @Column(name = "collective_id")
    private long collectiveId;

    @Enumerated(EnumType.STRING)
    private NoteKind kind;

    private String title;
    private String body;

    @Column(name = "pain_points")
    private String painPoints;

    @Column(name = "life_event_id")
    private Long lifeEventId;

    @Column(name = "space_id")
    private Long spaceId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "written_at")
    private OffsetDateTime writtenAt;

    protected CollectiveNote() {}

    private CollectiveNote(
            Collective collective, NoteKind kind, String title, String body, long authorId, OffsetDateTime now) {
        collective.requireMember(authorId);
        this.collectiveId = collective.getId();
        this.kind = Objects.requireNonNull(kind);
        this.title = required(title, TITLE_MAX, "collective.note.title.required", "title");
        this.body = required(body, TEXT_MAX, "collective.note.body.required", "body");
        this.authorId = authorId;
        this.writtenAt = Objects.requireNonNull(now);
    }

    public static CollectiveNote phenomenon(
            Collective collective, String title, String body, Long spaceId, long authorId, OffsetDateTime now) {
        var note = new CollectiveNote(collective, NoteKind.PHENOMENON, title, body, authorId, now);
        note.spaceId = spaceId;
        return note;
    }

    /** A customer journey of one of the collective's life events: the steps, and where it hurts. */
    public static CollectiveNote journey(
            Collective collective,
            LifeEvent lifeEvent,
            String title,
            String steps,
            String painPoints,
            Long spaceId,
            long authorId,
            OffsetDateTime now) {
        var note = new CollectiveNote(collective, NoteKind.JOURNEY, title, steps, authorId, now);
        if (lifeEvent == null || lifeEvent.getValueStream() != collective.getValueStream()) {
            throw new DomainException(Kind.INVALID, "collective.note.lifeEvent.required", "lifeEvent");
        }
        note.lifeEventId = lifeEvent.getId();
        note.painPoints = optional(painPoints, TEXT_MAX, "painPoints");
        note.spaceId = spaceId;
        return note;
    }

    public static CollectiveNote meeting(
            Collective collective, LocalDate heldOn, String title, String notes, long authorId, OffsetDateTime now) {
        var note = new CollectiveNote(collective, NoteKind.MEETING, title, notes, authorId, now);
        if (heldOn == null) {
            throw new DomainException(Kind.INVALID, "collective.note.date.required", "heldOn");
        }
        note.heldOn = heldOn;
        return note;
    }

    private static String required(String text, int max, String key, String field) {
        if (text == null || text.isBlank()) {
            throw new DomainException(Kind.INVALID, key, field);
        }
        return optional(text, max, field);
    }

    private static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new DomainException(Kind.INVALID, "collective.note.tooLong", field);
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getCollectiveId() {
        return collectiveId;
    }

    public NoteKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getPainPoints() {
        return painPoints;
    }

    public Long getLifeEventId() {
        return lifeEventId;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }
}
