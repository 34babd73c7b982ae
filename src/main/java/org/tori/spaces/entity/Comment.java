package org.tori.spaces.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A comment in a space, or a reply to one (replies to replies join the same thread). Members
 * report comments, once each; staff hide them with a reason everyone sees, and may restore them.
 */
@Entity
@Table(name = "space_comment")
@NamedQuery(name = Comment.BY_AUTHOR, query = "SELECT c FROM Comment c WHERE c.authorId = :author ORDER BY c.id")
@NamedQuery(name = Comment.OF_SPACE, query = "SELECT c FROM Comment c WHERE c.spaceId = :space ORDER BY c.id")
@NamedQuery(
        name = Comment.REPORTED,
        query = "SELECT c FROM Comment c WHERE c.openReports > 0 ORDER BY c.openReports DESC, c.id")
public class Comment {

    public static final String BY_AUTHOR = "Comment.byAuthor";
    public static final String OF_SPACE = "Comment.ofSpace";
    public static final String REPORTED = "Comment.reported";
    public static final int MAX_LENGTH = 4000;
    public static final int MAX_REASON = 500;

    @Id
    @SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "parent_id")
    private Long parentId;

    private String body;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    private boolean hidden;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    private int reports;

    @Column(name = "open_reports")
    private int openReports;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "comment_report", joinColumns = @JoinColumn(name = "comment_id"))
    private Set<CommentReport> reporters = new HashSet<>();

    protected Comment() {}

    public Comment(Space space, long authorId, Comment replyTo, String body, OffsetDateTime now) {
        if (!space.getPhase().isPublic()) {
            throw new DomainException(Kind.CONFLICT, "comment.closed");
        }
        var text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new DomainException(Kind.INVALID, "comment.body.size", "body");
        }
        if (replyTo != null && replyTo.spaceId != space.getId()) {
            throw new DomainException(Kind.INVALID, "comment.parent.elsewhere", "parentId");
        }
        this.spaceId = space.getId();
        this.authorId = authorId;
        this.parentId = replyTo == null ? null : replyTo.threadId();
        this.body = text;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The top comment of this comment's thread. */
    public long threadId() {
        return parentId == null ? id : parentId;
    }

    /**
     * A member reports the comment to staff with a reason; the author cannot report their own.
     *
     * @return whether this report counted (each member reports a comment once)
     */
    public boolean report(long reporterId, String reason, OffsetDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(Kind.INVALID, "comment.report.reason", "reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException(Kind.INVALID, "comment.report.reasonTooLong", "reason");
        }
        if (reporterId == authorId) {
            throw new DomainException(Kind.CONFLICT, "comment.report.own");
        }
        if (reporters.add(new CommentReport(reporterId, reason.strip(), now))) {
            reports++;
            if (!hidden) {
                openReports++;
            }
            return true;
        }
        return false;
    }

    public void hide(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(Kind.INVALID, "comment.hide.reason", "reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException(Kind.INVALID, "comment.hide.reasonTooLong", "reason");
        }
        hidden = true;
        hiddenReason = reason.strip();
        openReports = 0;
    }

    public void restore() {
        hidden = false;
        hiddenReason = null;
    }

    /** Staff read the reports and leave the comment as it is: it leaves their queue. */
    public void keep() {
        openReports = 0;
    }

    public boolean reportedBy(long accountId) {
        return reporters.stream().anyMatch(r -> r.getReporterId() == accountId);
    }

    /** The reasons members gave, oldest first. */
    public List<CommentReport> reportsOldestFirst() {
        return reporters.stream()
                .sorted(Comparator.comparing(
                        CommentReport::getReportedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    public int getOpenReports() {
        return openReports;
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

    public Long getParentId() {
        return parentId;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public int getReports() {
        return reports;
    }
}
