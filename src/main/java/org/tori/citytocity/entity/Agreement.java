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
import java.util.Objects;

/** One published version of a space's sharing agreement: never changed, always readable. */
@Entity
@Table(name = "c2c_agreement")
@NamedQuery(name = Agreement.OF_SPACE, query = "SELECT a FROM Agreement a WHERE a.spaceId = :space ORDER BY a.number")
public class Agreement {

    public static final String OF_SPACE = "Agreement.ofSpace";

    @Id
    @SequenceGenerator(name = "c2c_agreement_seq", sequenceName = "c2c_agreement_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "c2c_agreement_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Column(name = "version_number")
    private int number;

    @Column(name = "body_source")
    private String bodySource;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "published_by")
    private long publishedBy;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    protected Agreement() {}

    Agreement(long spaceId, int number, String source, String html, long by, OffsetDateTime now) {
        this.spaceId = spaceId;
        this.number = number;
        this.bodySource = Objects.requireNonNull(source);
        this.bodyHtml = Objects.requireNonNull(html);
        this.publishedBy = by;
        this.publishedAt = Objects.requireNonNull(now);
    }

    public int getNumber() {
        return number;
    }

    public String getBodySource() {
        return bodySource;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
