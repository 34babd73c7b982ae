package org.tori.news.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** One appearance of a published release in the media: which outlet, when, where to read it, how many it reached. */
@Entity
@Table(name = "media_hit")
@NamedQuery(
        name = MediaHit.OF_NEWS,
        query = "SELECT h FROM MediaHit h WHERE h.newsId = :news ORDER BY h.appearedOn DESC, h.id DESC")
public class MediaHit {

    public static final String OF_NEWS = "MediaHit.ofNews";

    @Id
    @SequenceGenerator(name = "media_hit_seq", sequenceName = "media_hit_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_hit_seq")
    private Long id;

    @Column(name = "news_id")
    private Long newsId;

    private String outlet;

    @Column(name = "appeared_on")
    private LocalDate appearedOn;

    private String link;

    private Long reach;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected MediaHit() {}

    /** Only a published release appears in the media; the outlet and date are required, a link is a web address. */
    public MediaHit(
            NewsItem release,
            String outlet,
            LocalDate appearedOn,
            String link,
            Long reach,
            long by,
            OffsetDateTime now) {
        if (!release.isPublic()) {
            throw new DomainException(Kind.CONFLICT, "hit.notPublished");
        }
        if (outlet == null || outlet.isBlank()) {
            throw new DomainException(Kind.INVALID, "hit.outlet.required", "hitOutlet");
        }
        if (outlet.strip().length() > 200) {
            throw new DomainException(Kind.INVALID, "news.tooLong", "hitOutlet");
        }
        if (appearedOn == null) {
            throw new DomainException(Kind.INVALID, "hit.date.required", "hitDate");
        }
        if (reach != null && reach < 0) {
            throw new DomainException(Kind.INVALID, "hit.reach.invalid", "hitReach");
        }
        var address = link == null || link.isBlank() ? null : link.strip();
        if (address != null
                && (!address.startsWith("https://") && !address.startsWith("http://")
                        || address.length() > 500
                        || address.chars()
                                .anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '<' || c == '>'))) {
            throw new DomainException(Kind.INVALID, "hit.link.invalid", "hitLink");
        }
        this.newsId = release.getId();
        this.outlet = outlet.strip();
        this.appearedOn = appearedOn;
        this.link = address;
        this.reach = reach;
        this.createdBy = by;
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public Long getNewsId() {
        return newsId;
    }

    public String getOutlet() {
        return outlet;
    }

    public LocalDate getAppearedOn() {
        return appearedOn;
    }

    public String getLink() {
        return link;
    }

    public Long getReach() {
        return reach;
    }
}
