package org.tori.valuestreams.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One saved text of a collective's vision; a save never overwrites, it adds the next number. */
@Entity
@Table(name = "vision_version")
@NamedQuery(
        name = VisionVersion.OF,
        query = "SELECT v FROM VisionVersion v WHERE v.collectiveId = :collective ORDER BY v.number DESC")
public class VisionVersion {

    public static final String OF = "VisionVersion.of";
    public static final int BODY_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vision_version_seq")
    @SequenceGenerator(name = "vision_version_seq", sequenceName = "vision_version_seq", allocationSize = 1)
    private Long id;

    @Column(name = "collective_id")
    private long collectiveId;

    private int number;
    private String body;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "written_at")
    private OffsetDateTime writtenAt;

    protected VisionVersion() {}

    VisionVersion(Collective collective, int number, String body, long authorId, OffsetDateTime writtenAt) {
        this.collectiveId = Objects.requireNonNull(collective.getId());
        this.number = number;
        this.body = Typed.required(body, BODY_MAX, "collective.vision", "vision");
        this.authorId = authorId;
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    public Long getId() {
        return id;
    }

    public long getCollectiveId() {
        return collectiveId;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }
}
