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

/** What a member says on the collective's page, about the vision or the action plan. */
@Entity
@Table(name = "collective_comment")
@NamedQuery(
        name = CollectiveComment.OF,
        query = "SELECT c FROM CollectiveComment c WHERE c.collectiveId = :collective ORDER BY c.writtenAt, c.id")
public class CollectiveComment {

    public static final String OF = "CollectiveComment.of";
    public static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collective_comment_seq")
    @SequenceGenerator(name = "collective_comment_seq", sequenceName = "collective_comment_seq", allocationSize = 1)
    private Long id;

    @Column(name = "collective_id")
    private long collectiveId;

    @Column(name = "author_id")
    private long authorId;

    private String body;

    @Column(name = "written_at")
    private OffsetDateTime writtenAt;

    protected CollectiveComment() {}

    /** Only the owner and members speak on the collective's page. */
    public CollectiveComment(Collective collective, long authorId, String body, OffsetDateTime now) {
        collective.requireMember(authorId);
        this.collectiveId = Objects.requireNonNull(collective.getId());
        this.authorId = authorId;
        this.body = Typed.required(body, BODY_MAX, "collective.comment", "body");
        this.writtenAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }
}
