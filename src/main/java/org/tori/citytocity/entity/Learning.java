package org.tori.citytocity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** What a member city learned on a topic, with the knowledge-base lessons it builds on (at most ten). */
@Entity
@NamedQuery(name = Learning.BY_AUTHOR, query = "SELECT l FROM Learning l WHERE l.authorId = :author ORDER BY l.id")
@Table(name = "c2c_learning")
@NamedQuery(
        name = Learning.OF_SPACE,
        query = "SELECT l FROM Learning l WHERE l.topic.spaceId = :space ORDER BY l.createdAt, l.id")
public class Learning extends CityPost {

    public static final String OF_SPACE = "Learning.ofSpace";
    public static final String BY_AUTHOR = "Learning.byAuthor";
    public static final int MAX_BODY = 8_000;
    public static final int MAX_LESSONS = 10;

    @Id
    @SequenceGenerator(name = "c2c_learning_seq", sequenceName = "c2c_learning_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "c2c_learning_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "c2c_learning_lesson", joinColumns = @JoinColumn(name = "learning_id"))
    @Column(name = "lesson_id")
    private Set<Long> lessonIds = new LinkedHashSet<>();

    protected Learning() {}

    Learning(
            Topic topic,
            long authorId,
            String city,
            String source,
            String html,
            Collection<Long> lessons,
            OffsetDateTime now) {
        super(authorId, city, html, now);
        PostText.require(source, html, MAX_BODY, "c2c.learning.body", "body");
        var linked = new LinkedHashSet<Long>();
        if (lessons != null) {
            lessons.stream().filter(Objects::nonNull).forEach(linked::add);
        }
        if (linked.size() > MAX_LESSONS) {
            throw new DomainException(Kind.INVALID, "c2c.learning.tooManyLessons", "lessonIds");
        }
        this.topic = Objects.requireNonNull(topic);
        this.lessonIds = linked;
    }

    public boolean links(long lessonId) {
        return lessonIds.contains(lessonId);
    }

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public List<Long> getLessonIds() {
        return List.copyOf(lessonIds);
    }
}
