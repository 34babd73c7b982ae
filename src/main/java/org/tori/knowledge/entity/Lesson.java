package org.tori.knowledge.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * A lesson learned. Written as a draft by its author, reviewed by staff, then published; only
 * staff mark a published lesson as recommended practice. Its analysis may be more private than the
 * lesson itself, never less.
 */
@Entity
@Table(name = "lesson")
@NamedQuery(name = Lesson.BY_EXTERNAL_ID, query = "SELECT l FROM Lesson l WHERE l.externalId = :externalId")
@NamedQuery(
        name = Lesson.BY_STATUS,
        query = "SELECT l FROM Lesson l WHERE l.status = :status ORDER BY l.updatedAt DESC")
@NamedQuery(
        name = Lesson.LATEST,
        query = "SELECT l FROM Lesson l WHERE l.status = org.tori.knowledge.entity.LessonStatus.PUBLISHED"
                + " AND l.visibility IN :visibilities ORDER BY l.happenedOn DESC, l.id DESC")
@NamedQuery(
        name = Lesson.LATEST_OF_EVENT,
        query = "SELECT l FROM Lesson l WHERE l.status = org.tori.knowledge.entity.LessonStatus.PUBLISHED"
                + " AND l.visibility IN :visibilities AND l.id IN (SELECT t.itemId FROM LifeEventTag t"
                + " WHERE t.lifeEventId = :event AND t.itemKind = org.tori.platform.lifeevents.ItemKind.LESSON)"
                + " ORDER BY l.happenedOn DESC, l.id DESC")
@NamedQuery(name = Lesson.ALL_IDS, query = "SELECT l.id FROM Lesson l ORDER BY l.id")
@NamedQuery(name = Lesson.ALL, query = "SELECT l FROM Lesson l ORDER BY l.id")
@NamedQuery(
        name = Lesson.PUBLISHED_IDS,
        query =
                "SELECT l.id FROM Lesson l WHERE l.status = org.tori.knowledge.entity.LessonStatus.PUBLISHED ORDER BY l.id")
@NamedQuery(
        name = Lesson.PUBLISHED_AMONG,
        query = "SELECT l FROM Lesson l WHERE l.status = org.tori.knowledge.entity.LessonStatus.PUBLISHED"
                + " AND l.id IN :ids ORDER BY l.id")
@NamedQuery(
        name = Lesson.TITLED,
        query =
                "SELECT l FROM Lesson l WHERE l.status = org.tori.knowledge.entity.LessonStatus.PUBLISHED"
                        + " AND l.visibility IN :visibilities AND LOWER(l.title) LIKE :pattern ESCAPE '!' ORDER BY l.title, l.id")
public class Lesson {

    public static final String TITLED = "Lesson.titled";
    public static final String BY_EXTERNAL_ID = "Lesson.byExternalId";
    public static final String BY_STATUS = "Lesson.byStatus";
    public static final String LATEST = "Lesson.latest";
    /** The newest readable lessons tagged with one life event (platform.lifeevents keeps the tags). */
    public static final String LATEST_OF_EVENT = "Lesson.latestOfEvent";

    public static final String ALL_IDS = "Lesson.allIds";
    public static final String ALL = "Lesson.all";
    public static final String PUBLISHED_IDS = "Lesson.publishedIds";
    /** The published lessons among some ids, for reading many at once. */
    public static final String PUBLISHED_AMONG = "Lesson.publishedAmong";

    public static final Set<String> LANGUAGES = Set.of("fi", "en", "sv");
    static final int MAX_CAUSES = 20;

    @Id
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    private Long id;

    @Column(name = "external_id")
    private String externalId;

    private String title;
    private String city;
    private String organisation;

    @Column(name = "happened_on")
    private LocalDate happenedOn;

    private String language;
    private String context;

    @Column(name = "what_happened")
    private String whatHappened;

    @Column(name = "what_worked")
    private String whatWorked;

    @Column(name = "what_did_not")
    private String whatDidNot;

    private String recommendation;

    @Enumerated(EnumType.STRING)
    @Column(name = "city_domain")
    private CityDomain domain;

    @Column(name = "space_id")
    private Long spaceId;

    private String links;

    @Column(name = "author_id")
    private Long authorId;

    @Enumerated(EnumType.STRING)
    private LessonStatus status;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Column(name = "review_note")
    private String reviewNote;

    private boolean practice;

    @Embedded
    private RootCauseAnalysis analysis = new RootCauseAnalysis();

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_theme", joinColumns = @JoinColumn(name = "lesson_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_value_stream", joinColumns = @JoinColumn(name = "lesson_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "value_stream")
    private Set<ValueStream> valueStreams = EnumSet.noneOf(ValueStream.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_why", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "position")
    @Column(name = "answer")
    private List<String> whys = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_cause", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "position")
    private List<Cause> causes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_action", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "position")
    @AttributeOverride(name = "status", column = @Column(name = "status"))
    private List<CorrectiveAction> actions = new ArrayList<>();

    protected Lesson() {}

    public Lesson(String externalId, LessonContent content, Long authorId, OffsetDateTime now) {
        this.externalId = externalId == null || externalId.isBlank() ? null : FreeText.cut(externalId, 100);
        this.authorId = authorId;
        this.status = LessonStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now);
        describe(content, now);
    }

    /** Replaces what the lesson says; title, city, date, language and what happened are required. */
    public void describe(LessonContent content, OffsetDateTime now) {
        Objects.requireNonNull(content);
        this.title = required(content.title(), 200, "title");
        this.city = required(content.city(), 120, "city");
        this.whatHappened = required(content.whatHappened(), 10000, "whatHappened");
        if (content.happenedOn() == null) {
            throw new DomainException(Kind.INVALID, "lesson.date.required", "happenedOn");
        }
        if (content.happenedOn().isAfter(ProgramTime.dateOf(now))) {
            throw new DomainException(Kind.INVALID, "lesson.date.future", "happenedOn");
        }
        if (content.language() == null || !LANGUAGES.contains(content.language())) {
            throw new DomainException(Kind.INVALID, "lesson.language.invalid", "language");
        }
        this.happenedOn = content.happenedOn();
        this.language = content.language();
        this.organisation = FreeText.blankToNull(content.organisation(), 200);
        this.context = FreeText.blankToNull(content.context(), 10000);
        this.whatWorked = FreeText.blankToNull(content.whatWorked(), 10000);
        this.whatDidNot = FreeText.blankToNull(content.whatDidNot(), 10000);
        this.recommendation = FreeText.blankToNull(content.recommendation(), 10000);
        this.domain = content.domain();
        this.spaceId = content.spaceId();
        this.links = joinLinks(content.links());
        this.visibility = content.visibility() == null ? Visibility.PUBLIC : content.visibility();
        replace(themes, content.themes());
        replace(valueStreams, content.valueStreams());
        touched(now);
    }

    /** Sets or replaces the root-cause analysis; null removes it. */
    public void analyse(AnalysisContent content, OffsetDateTime now) {
        whys.clear();
        causes.clear();
        actions.clear();
        if (content == null) {
            analysis = new RootCauseAnalysis();
        } else {
            if (content.causes() != null && content.causes().size() > MAX_CAUSES) {
                throw new DomainException(Kind.INVALID, "lesson.cause.tooMany", "causes");
            }
            analysis = RootCauseAnalysis.of(content);
            if (content.whys() != null) {
                content.whys().stream()
                        .filter(w -> w != null && !w.isBlank())
                        .limit(10)
                        .forEach(w -> whys.add(FreeText.cut(w, 1000)));
            }
            if (content.causes() != null) {
                causes.addAll(content.causes());
            }
            if (content.actions() != null) {
                actions.addAll(content.actions());
            }
        }
        touched(now);
    }

    public void submit(long by, OffsetDateTime now) {
        if (!mayEdit(by, false)) {
            throw new DomainException(Kind.FORBIDDEN, "lesson.forbidden");
        }
        if (status != LessonStatus.DRAFT) {
            throw new DomainException(Kind.CONFLICT, "lesson.status.notAllowed", "status");
        }
        status = LessonStatus.IN_REVIEW;
        touched(now);
    }

    /** Staff publish what was submitted for review. */
    public void publish(OffsetDateTime now) {
        if (status != LessonStatus.IN_REVIEW) {
            throw new DomainException(Kind.CONFLICT, "lesson.status.notAllowed", "status");
        }
        status = LessonStatus.PUBLISHED;
        reviewNote = null;
        publishedAt = now;
        touched(now);
    }

    /** Staff send a lesson back to its author with the reason. */
    public void returnToAuthor(String note, OffsetDateTime now) {
        if (status != LessonStatus.IN_REVIEW) {
            throw new DomainException(Kind.CONFLICT, "lesson.status.notAllowed", "status");
        }
        if (note == null || note.isBlank()) {
            throw new DomainException(Kind.INVALID, "lesson.return.needsNote", "note");
        }
        reviewNote = FreeText.cut(note, 2000);
        status = LessonStatus.DRAFT;
        touched(now);
    }

    /** Imported records arrive already reviewed elsewhere: staff decide their status directly. */
    public void importedAs(LessonStatus target, OffsetDateTime now) {
        status = target == null ? LessonStatus.DRAFT : target;
        if (status == LessonStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        if (status != LessonStatus.PUBLISHED) {
            practice = false;
        }
    }

    public void recommend(boolean asPractice, OffsetDateTime now) {
        if (asPractice && status != LessonStatus.PUBLISHED) {
            throw new DomainException(Kind.CONFLICT, "lesson.practice.notPublished", "practice");
        }
        practice = asPractice;
        touched(now);
    }

    /** The author edits drafts; staff edit anything. */
    public boolean mayEdit(long by, boolean staff) {
        return staff || (authorId != null && authorId == by && status == LessonStatus.DRAFT);
    }

    public boolean mayBeReadBy(Reader reader) {
        if (reader.staff() || (reader.accountId() != null && reader.accountId().equals(authorId))) {
            return true;
        }
        return status == LessonStatus.PUBLISHED && reader.mayRead(visibility);
    }

    /** The analysis is never more open than its lesson. */
    public Visibility analysisVisibility() {
        return visibility.and(analysis.visibility());
    }

    public boolean analysisReadableBy(Reader reader) {
        return analysis.isPresent()
                && mayBeReadBy(reader)
                && (reader.staff()
                        || reader.mayRead(analysisVisibility())
                        || (reader.accountId() != null && reader.accountId().equals(authorId)));
    }

    private void touched(OffsetDateTime now) {
        updatedAt = Objects.requireNonNull(now);
    }

    private static String required(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            throw new DomainException(Kind.INVALID, "lesson." + field + ".required", field);
        }
        return FreeText.cut(text, max);
    }

    private static String joinLinks(List<String> links) {
        if (links == null) {
            return null;
        }
        var kept = links.stream()
                .filter(l -> l != null && !l.isBlank())
                .map(String::strip)
                .toList();
        for (var link : kept) {
            if (!link.startsWith("https://") && !link.startsWith("http://")) {
                throw new DomainException(Kind.INVALID, "lesson.link.invalid", "links");
            }
        }
        var joined = String.join("\n", kept);
        if (joined.length() > 4000) {
            throw new DomainException(Kind.INVALID, "lesson.link.tooLong", "links");
        }
        return joined.isEmpty() ? null : joined;
    }

    private static <E> void replace(Set<E> target, Set<E> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getTitle() {
        return title;
    }

    public String getCity() {
        return city;
    }

    public String getOrganisation() {
        return organisation;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getLanguage() {
        return language;
    }

    public String getContext() {
        return context;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public String getWhatDidNot() {
        return whatDidNot;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public CityDomain getDomain() {
        return domain;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public List<String> getLinks() {
        return links == null ? List.of() : List.of(links.split("\n"));
    }

    public Long getAuthorId() {
        return authorId;
    }

    public LessonStatus getStatus() {
        return status;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public boolean isPractice() {
        return practice;
    }

    public RootCauseAnalysis getAnalysis() {
        return analysis;
    }

    public List<String> getWhys() {
        return List.copyOf(whys);
    }

    public List<Cause> getCauses() {
        return List.copyOf(causes);
    }

    public List<CorrectiveAction> getActions() {
        return List.copyOf(actions);
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }

    public Set<ValueStream> getValueStreams() {
        return Set.copyOf(valueStreams);
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
