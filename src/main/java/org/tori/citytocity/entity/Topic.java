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
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** Something member cities share learnings about, opened by a member city (or staff). */
@Entity
@NamedQuery(name = Topic.BY_AUTHOR, query = "SELECT t FROM Topic t WHERE t.authorId = :author ORDER BY t.id")
@Table(name = "c2c_topic")
@NamedQuery(
        name = Topic.OF_SPACE,
        query = "SELECT t FROM Topic t WHERE t.spaceId = :space ORDER BY t.createdAt DESC, t.id DESC")
public class Topic extends CityPost {

    public static final String OF_SPACE = "Topic.ofSpace";
    public static final String BY_AUTHOR = "Topic.byAuthor";
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 8_000;

    @Id
    @SequenceGenerator(name = "c2c_topic_seq", sequenceName = "c2c_topic_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "c2c_topic_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    private String title;

    protected Topic() {}

    public Topic(
            long spaceId, long authorId, String city, String title, String source, String html, OffsetDateTime now) {
        super(authorId, city, html, now);
        if (title == null || title.isBlank()) {
            throw new DomainException(Kind.INVALID, "c2c.topic.title.required", "title");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new DomainException(Kind.INVALID, "c2c.topic.title.tooLong", "title");
        }
        PostText.require(source, html, MAX_BODY, "c2c.topic.body", "body");
        this.spaceId = spaceId;
        this.title = title.strip().replaceAll("\\s+", " ");
    }

    /** A learning posted under this topic. */
    public Learning learn(
            long authorId, String city, String source, String html, Collection<Long> lessonIds, OffsetDateTime now) {
        return new Learning(this, authorId, city, source, html, lessonIds, now);
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public String getTitle() {
        return title;
    }
}
