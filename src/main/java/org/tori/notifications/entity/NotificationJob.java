package org.tori.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.cache.NotOnPublicPages;

/**
 * One event for many members, fanned out after the event's commit a batch of members at a time,
 * so a space that matches 40,000 members neither slows the click that opened it nor holds one
 * long transaction.
 */
@NotOnPublicPages
@Entity
@Table(name = "notification_job")
@NamedQuery(name = NotificationJob.BY_KEY, query = "SELECT COUNT(j) FROM NotificationJob j WHERE j.dedupeKey = :key")
@NamedNativeQuery(
        name = NotificationJob.CLAIM,
        query = "SELECT id FROM notification_job WHERE done_at IS NULL"
                + " ORDER BY id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
public class NotificationJob {

    public static final String BY_KEY = "NotificationJob.byKey";
    public static final String CLAIM = "NotificationJob.claim";

    public enum Kind {
        SPACE_OPENED,
        RESULTS,
        REMINDER_WEEK,
        REMINDER_DAY,
        ANNOUNCEMENT
    }

    @Id
    @SequenceGenerator(name = "notification_job_seq", sequenceName = "notification_job_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_job_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "space_id")
    private long spaceId;

    private String subject;
    private String body;

    @Column(name = "dedupe_key")
    private String dedupeKey;

    private long progress;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    protected NotificationJob() {}

    public NotificationJob(Kind kind, long spaceId, String subject, String body, String dedupeKey, OffsetDateTime now) {
        this.kind = Objects.requireNonNull(kind);
        this.spaceId = spaceId;
        this.subject = subject;
        this.body = body;
        this.dedupeKey = Objects.requireNonNull(dedupeKey);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Members up to this account id are done; the job ends when a batch comes back short. */
    public void advance(long lastAccountId, boolean finished, OffsetDateTime now) {
        progress = Math.max(progress, lastAccountId);
        if (finished) {
            doneAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public long getProgress() {
        return progress;
    }
}
