package org.tori.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import org.tori.platform.outbox.Attempts;
import org.tori.platform.outbox.Backoff;

/**
 * A document that must be (re)indexed. Holds no content: the worker reads the current state when
 * it drains, so the index always ends with the latest version whatever order changes came in.
 */
@NotOnPublicPages
@Entity
@Table(name = "search_outbox")
@NamedQuery(name = IndexChange.COUNT, query = "SELECT COUNT(c) FROM IndexChange c")
@NamedQuery(name = IndexChange.OLDEST, query = "SELECT MIN(c.createdAt) FROM IndexChange c")
@NamedNativeQuery(
        name = IndexChange.CLAIM_DUE,
        query = "SELECT id FROM search_outbox WHERE next_attempt_at <= ?"
                + " ORDER BY id FETCH FIRST 200 ROWS ONLY FOR UPDATE SKIP LOCKED")
public class IndexChange {

    public static final String CLAIM_DUE = "IndexChange.claimDue";
    public static final String COUNT = "IndexChange.count";
    public static final String OLDEST = "IndexChange.oldest";
    public static final int BATCH = 200;

    @Id
    @SequenceGenerator(name = "search_outbox_seq", sequenceName = "search_outbox_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_outbox_seq")
    private Long id;

    @Column(name = "document_type")
    private String documentType;

    @Column(name = "document_id")
    private String documentId;

    @Embedded
    private Attempts tries;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected IndexChange() {}

    public IndexChange(String documentType, String documentId, OffsetDateTime now) {
        this.documentType = Objects.requireNonNull(documentType);
        this.documentId = Objects.requireNonNull(documentId);
        this.createdAt = now;
        this.tries = Attempts.dueAt(now);
    }

    public void failed(String error, OffsetDateTime now, Backoff backoff) {
        tries.failed(error, now, backoff);
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getDocumentId() {
        return documentId;
    }
}
