package org.tori.stories.entity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * A success story. It moves draft → review → published → archived; a reviewed story may be
 * published at once or scheduled, and the publishing job publishes it when the time comes. An
 * archived story is frozen.
 */
@Entity
@Table(name = "story")
@NamedQuery(name = Story.ALL, query = "SELECT s FROM Story s ORDER BY s.updatedAt DESC")
@NamedQuery(
        name = Story.PUBLISHED,
        query = "SELECT s FROM Story s WHERE s.status = org.tori.stories.entity.StoryStatus.PUBLISHED"
                + " ORDER BY s.publishedAt DESC, s.id DESC")
@NamedQuery(
        name = Story.LAST_PUBLIC_CHANGE,
        query = "SELECT MAX(s.updatedAt) FROM Story s WHERE s.status IN"
                + " (org.tori.stories.entity.StoryStatus.PUBLISHED, org.tori.stories.entity.StoryStatus.ARCHIVED)")
public class Story {

    public static final String LAST_PUBLIC_CHANGE = "Story.lastPublicChange";
    public static final String ALL = "Story.all";
    public static final String PUBLISHED = "Story.published";

    @Id
    @SequenceGenerator(name = "story_seq", sequenceName = "story_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_seq")
    private Long id;

    private String title;

    @Column(name = "lead_text")
    private String lead;

    @Column(name = "body_source")
    private String bodySource;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "space_id")
    private Long spaceId;

    private String partners;
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_stream")
    private ValueStream valueStream;

    @Column(name = "investment_eur")
    private BigDecimal investmentEur;

    @Enumerated(EnumType.STRING)
    private StoryStatus status;

    @Column(name = "publish_at")
    private OffsetDateTime publishAt;

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
    @CollectionTable(name = "story_theme", joinColumns = @JoinColumn(name = "story_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "story_indicator", joinColumns = @JoinColumn(name = "story_id"))
    @OrderColumn(name = "pos")
    private List<Indicator> indicators = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "story_lesson", joinColumns = @JoinColumn(name = "story_id"))
    @OrderColumn(name = "pos")
    @Column(name = "lesson_id")
    private List<Long> lessonIds = new ArrayList<>();

    protected Story() {}

    public Story(
            StoryDetails details, String bodyHtml, List<Indicator> indicators, long createdBy, OffsetDateTime now) {
        this.status = StoryStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
        tell(details, bodyHtml, indicators, now);
    }

    /** Replaces the text, links and measurements; an archived story no longer changes. */
    public void tell(StoryDetails details, String bodyHtml, List<Indicator> indicators, OffsetDateTime now) {
        if (status == StoryStatus.ARCHIVED) {
            throw new DomainException(Kind.CONFLICT, "story.archived");
        }
        Objects.requireNonNull(details);
        if (details.title().isBlank()) {
            throw new DomainException(Kind.INVALID, "story.title.required", "title");
        }
        if (details.lead().isBlank()) {
            throw new DomainException(Kind.INVALID, "story.lead.required", "lead");
        }
        this.title = details.title().strip();
        this.lead = details.lead().strip();
        this.bodySource = details.body();
        this.bodyHtml = bodyHtml;
        this.spaceId = details.spaceId();
        this.partners = details.partners();
        this.city = details.city();
        this.valueStream = details.valueStream();
        this.investmentEur = details.investmentEur();
        this.themes.clear();
        this.themes.addAll(details.themes());
        this.indicators.clear();
        this.indicators.addAll(indicators == null ? List.of() : indicators);
        this.lessonIds.clear();
        this.lessonIds.addAll(details.lessonIds());
        this.updatedAt = now;
    }

    public void submitForReview(OffsetDateTime now) {
        move(StoryStatus.DRAFT, StoryStatus.REVIEW, now);
    }

    public void returnToDraft(OffsetDateTime now) {
        move(StoryStatus.REVIEW, StoryStatus.DRAFT, now);
        publishAt = null;
    }

    /** Publishes a reviewed story now, or schedules it when {@code at} lies in the future. */
    public void publish(OffsetDateTime at, OffsetDateTime now) {
        if (status != StoryStatus.REVIEW) {
            throw new DomainException(Kind.CONFLICT, "story.publish.notReviewed");
        }
        if (at != null && at.isAfter(now)) {
            publishAt = at;
            updatedAt = now;
        } else {
            move(StoryStatus.REVIEW, StoryStatus.PUBLISHED, now);
            publishedAt = now;
            publishAt = null;
        }
    }

    /** The publishing job's step: a scheduled story whose time has come goes public. */
    public boolean publishIfDue(OffsetDateTime now) {
        if (status != StoryStatus.REVIEW || publishAt == null || publishAt.isAfter(now)) {
            return false;
        }
        publish(null, now);
        return true;
    }

    public void archive(OffsetDateTime now) {
        move(StoryStatus.PUBLISHED, StoryStatus.ARCHIVED, now);
    }

    private void move(StoryStatus from, StoryStatus to, OffsetDateTime now) {
        if (status != from) {
            throw new DomainException(Kind.CONFLICT, "story.move.refused");
        }
        status = to;
        updatedAt = now;
    }

    public boolean isPublic() {
        return status == StoryStatus.PUBLISHED;
    }

    public boolean isScheduled() {
        return status == StoryStatus.REVIEW && publishAt != null;
    }

    public ReturnOnInvestment returnOnInvestment() {
        return ReturnOnInvestment.of(investmentEur, indicators);
    }

    /** Who a change without a person (the publishing job) is recorded under in the history: the author. */
    public long getCreatedByForHistory() {
        return createdBy;
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

    public String getBodySource() {
        return bodySource;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public String getPartners() {
        return partners;
    }

    public String getCity() {
        return city;
    }

    public ValueStream getValueStream() {
        return valueStream;
    }

    public BigDecimal getInvestmentEur() {
        return investmentEur;
    }

    public StoryStatus getStatus() {
        return status;
    }

    public OffsetDateTime getPublishAt() {
        return publishAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }

    public List<Indicator> getIndicators() {
        return List.copyOf(indicators);
    }

    /** The lessons the story came from, in the writer's order. */
    public List<Long> getLessonIds() {
        return List.copyOf(lessonIds);
    }
}
