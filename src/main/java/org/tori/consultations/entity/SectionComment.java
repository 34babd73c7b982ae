package org.tori.consultations.entity;

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
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A comment on one section of one version, and the staff answer shown under it. Public for good. */
@Entity
@NamedQuery(
        name = SectionComment.BY_AUTHOR,
        query = "SELECT c FROM SectionComment c WHERE c.authorId = :author ORDER BY c.id")
@Table(name = "section_comment")
@NamedQuery(
        name = SectionComment.OF_VERSION,
        query = "SELECT c FROM SectionComment c WHERE c.section.version.id = :version ORDER BY c.id")
@NamedQuery(
        name = SectionComment.COUNT_OF_SPACE,
        query =
                "SELECT c.section.version.number, COUNT(c) FROM SectionComment c WHERE c.section.version.spaceId = :space"
                        + " GROUP BY c.section.version.number")
public class SectionComment {

    public static final String OF_VERSION = "SectionComment.ofVersion";
    public static final String BY_AUTHOR = "SectionComment.byAuthor";
    public static final String COUNT_OF_SPACE = "SectionComment.countOfSpace";
    public static final int MAX_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "section_comment_seq", sequenceName = "section_comment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_comment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private SpecSection section;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "answer_html")
    private String answerHtml;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Version
    private long version;

    protected SectionComment() {}

    SectionComment(SpecSection section, long authorId, String source, String html, OffsetDateTime now) {
        requireText(source, html, "consultation.comment.required", "consultation.comment.tooLong");
        this.section = Objects.requireNonNull(section);
        this.authorId = authorId;
        this.bodyHtml = html;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Staff answer (or correct their answer); shown under the comment on every version's page. */
    public void answer(String source, String html, long staffId, OffsetDateTime now) {
        requireText(source, html, "consultation.answer.required", "consultation.answer.tooLong");
        this.answerHtml = html;
        this.answeredBy = staffId;
        this.answeredAt = Objects.requireNonNull(now);
    }

    private static void requireText(String source, String html, String requiredKey, String tooLongKey) {
        if (source == null || source.isBlank() || html == null || html.isBlank()) {
            throw new DomainException(Kind.INVALID, requiredKey, "body");
        }
        if (source.length() > MAX_LENGTH) {
            throw new DomainException(Kind.INVALID, tooLongKey, "body");
        }
    }

    public boolean isAnswered() {
        return answerHtml != null;
    }

    public Long getId() {
        return id;
    }

    public SpecSection getSection() {
        return section;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getAnswerHtml() {
        return answerHtml;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }
}
