package org.tori.citytocity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** Something member cities share learnings about, opened by a member city (or staff). */
@Entity
@Table(name = "c2c_topic")
@NamedQuery(name = Topic.OF_SPACE, query = "SELECT t FROM Topic t WHERE t.spaceId = :space ORDER BY t.createdAt DESC, t.id DESC")
public class Topic {

    public static final String OF_SPACE = "Topic.ofSpace";
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 8_000;

    @Id
    @SequenceGenerator(name = "c2c_topic_seq", sequenceName = "c2c_topic_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "c2c_topic_seq")
    private Long id;
    @Column(name = "space_id")
    private long spaceId;
    @Column(name = "author_id")
    private long authorId;
    private String city;
    private String title;
    @Column(name = "body_html")
    private String bodyHtml;
    @Column(name = "hidden_reason")
    private String hiddenReason;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Topic() {
    }

    public Topic(long spaceId, long authorId, String city, String title, String source, String html, OffsetDateTime now) {
        if (title == null || title.isBlank()) {
            throw new DomainException(Kind.INVALID, "c2c.topic.title.required", "title");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new DomainException(Kind.INVALID, "c2c.topic.title.tooLong", "title");
        }
        PostText.require(source, html, MAX_BODY, "c2c.topic.body", "body");
        this.spaceId = spaceId;
        this.authorId = authorId;
        this.city = city;
        this.title = title.strip().replaceAll("\\s+", " ");
        this.bodyHtml = html;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A learning posted under this topic. */
    public Learning learn(long authorId, String city, String source, String html, Collection<Long> lessonIds, OffsetDateTime now) {
        return new Learning(this, authorId, city, source, html, lessonIds, now);
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getCity() {
        return city;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    /** Staff hide it with a reason everyone sees instead of the text. */
    public void hide(String reason) {
        hiddenReason = Moderation.reason(reason);
    }

    public void restore() {
        hiddenReason = null;
    }

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
