package org.tori.notifications.entity;

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
import org.tori.platform.cache.NotOnPublicPages;

/** News kept for a member's daily or weekly digest, until that digest is queued. */
@NotOnPublicPages
@Entity
@Table(name = "notification")
@NamedQuery(
        name = DigestItem.PENDING,
        query = "SELECT n FROM DigestItem n WHERE n.accountId = :account"
                + " AND n.cadence = :cadence AND n.digestedAt IS NULL ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = DigestItem.BY_KEY, query = "SELECT COUNT(n) FROM DigestItem n WHERE n.dedupeKey = :key")
public class DigestItem {

    public static final String PENDING = "DigestItem.pending";
    public static final String BY_KEY = "DigestItem.byKey";

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Cadence cadence;

    private String topic;
    private String headline;
    private String detail;
    private String link;

    @Column(name = "dedupe_key")
    private String dedupeKey;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "digested_at")
    private OffsetDateTime digestedAt;

    protected DigestItem() {}

    public DigestItem(Notice notice, Cadence cadence, String headline, OffsetDateTime now) {
        if (!cadence.isDigest()) {
            throw new IllegalArgumentException("only digest news is kept: " + cadence);
        }
        this.accountId = notice.recipientId();
        this.category = notice.category();
        this.cadence = cadence;
        this.topic = cut(notice.topic(), 300);
        this.headline = cut(Objects.requireNonNull(headline), 300);
        this.detail = cut(notice.detail(), 4000);
        this.link = notice.link();
        this.dedupeKey = notice.key();
        this.createdAt = Objects.requireNonNull(now);
    }

    public void digested(OffsetDateTime now) {
        digestedAt = now;
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getHeadline() {
        return headline;
    }

    public String getDetail() {
        return detail;
    }

    public String getLink() {
        return link;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
