package org.tori.news.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.AttachmentType;
import org.tori.spaces.entity.Theme;

/** A news item or media release. It moves draft → review → published; a published item can still be corrected. */
@Entity
@Table(name = "news_item")
@NamedQuery(name = NewsItem.ALL, query = "SELECT n FROM NewsItem n ORDER BY n.updatedAt DESC, n.id DESC")
@NamedQuery(
        name = NewsItem.PUBLISHED,
        query = "SELECT n FROM NewsItem n WHERE n.status = org.tori.news.entity.NewsStatus.PUBLISHED"
                + " ORDER BY n.publishedAt DESC, n.id DESC")
public class NewsItem {

    public static final String ALL = "NewsItem.all";
    public static final String PUBLISHED = "NewsItem.published";

    @Id
    @SequenceGenerator(name = "news_item_seq", sequenceName = "news_item_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_item_seq")
    private Long id;

    private String title;

    @Column(name = "lead_text")
    private String lead;

    private String body;

    @Enumerated(EnumType.STRING)
    private NewsCategory category;

    private String partners;

    @Column(name = "press_contact")
    private String pressContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "image_type")
    private AttachmentType imageType;

    @Column(name = "image_alt")
    private String imageAlt;

    @Enumerated(EnumType.STRING)
    private NewsStatus status;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_item_theme", joinColumns = @JoinColumn(name = "news_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    protected NewsItem() {}

    public NewsItem(NewsDetails details, AttachmentType newImage, long createdBy, OffsetDateTime now) {
        this.status = NewsStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
        write(details, newImage, now);
    }

    /**
     * Replaces the text and, when {@code newImage} is given, the image's type (a PNG or JPEG image);
     * every rule is checked before anything changes.
     */
    public void write(NewsDetails d, AttachmentType newImage, OffsetDateTime now) {
        Objects.requireNonNull(d);
        require(d.title(), 200, "news.title.required", "title");
        require(d.lead(), 1000, "news.lead.required", "lead");
        require(d.pressContact(), 300, "news.pressContact.required", "pressContact");
        if (d.category() == null) {
            throw new DomainException(Kind.INVALID, "news.category.required", "category");
        }
        if (newImage != null && newImage != AttachmentType.PNG && newImage != AttachmentType.JPEG) {
            throw new DomainException(Kind.INVALID, "news.image.invalid", "image");
        }
        var image = newImage != null ? newImage : imageType;
        if (image != null && blank(d.imageAlt())) {
            throw new DomainException(Kind.INVALID, "news.imageAlt.required", "imageAlt");
        }
        if (image != null && d.imageAlt().strip().length() > 300) {
            throw new DomainException(Kind.INVALID, "news.tooLong", "imageAlt");
        }
        this.title = d.title().strip();
        this.lead = d.lead().strip();
        this.body = d.body() == null ? "" : d.body().strip();
        this.category = d.category();
        this.partners = blank(d.partners()) ? null : d.partners().strip();
        this.pressContact = d.pressContact().strip();
        this.imageType = image;
        this.imageAlt = image == null ? null : d.imageAlt().strip();
        this.themes.clear();
        this.themes.addAll(d.themes());
        this.updatedAt = now;
    }

    public void submitForReview(OffsetDateTime now) {
        move(NewsStatus.DRAFT, NewsStatus.REVIEW, now);
    }

    public void returnToDraft(OffsetDateTime now) {
        move(NewsStatus.REVIEW, NewsStatus.DRAFT, now);
    }

    public NewsPublished publish(OffsetDateTime now) {
        if (status != NewsStatus.REVIEW) {
            throw new DomainException(Kind.CONFLICT, "news.publish.notReviewed");
        }
        move(NewsStatus.REVIEW, NewsStatus.PUBLISHED, now);
        publishedAt = now;
        return new NewsPublished(
                id,
                title,
                lead,
                category.name(),
                themes.stream().map(Enum::name).collect(Collectors.toSet()));
    }

    private void move(NewsStatus from, NewsStatus to, OffsetDateTime now) {
        if (status != from) {
            throw new DomainException(Kind.CONFLICT, "news.move.refused");
        }
        status = to;
        updatedAt = now;
    }

    private static void require(String value, int max, String key, String field) {
        if (blank(value)) {
            throw new DomainException(Kind.INVALID, key, field);
        }
        if (value.strip().length() > max) {
            throw new DomainException(Kind.INVALID, "news.tooLong", field);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean isPublic() {
        return status == NewsStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public String getBody() {
        return body;
    }

    public NewsCategory getCategory() {
        return category;
    }

    public String getPartners() {
        return partners;
    }

    public String getPressContact() {
        return pressContact;
    }

    public AttachmentType getImageType() {
        return imageType;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public NewsStatus getStatus() {
        return status;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }
}
