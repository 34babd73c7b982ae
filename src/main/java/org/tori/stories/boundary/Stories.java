package org.tori.stories.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tori.accounts.boundary.Actor;
import org.tori.judging.boundary.Judging;
import org.tori.judging.boundary.PublishedResult;
import org.tori.knowledge.boundary.LessonReferences;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.lifeevents.ItemKind;
import org.tori.platform.lifeevents.LifeEventTags;
import org.tori.platform.text.RichText;
import org.tori.spaces.boundary.Spaces;
import org.tori.stories.entity.Story;
import org.tori.stories.entity.StoryChanged;
import org.tori.stories.entity.StoryRevision;

/** The use cases of success stories, one transaction each; staff write, everyone reads what is published. */
@ApplicationScoped
@Transactional
public class Stories {

    private static final int LESSONS_FOUND = 20;

    /** A step of the editorial flow, as the staff page and the API name it. */
    public enum Step {
        SUBMIT,
        RETURN_TO_DRAFT,
        PUBLISH,
        ARCHIVE
    }

    /**
     * Where a published story came from, as the public may see it: the follow-ups (pilot or business
     * case) of its space's winners, and the lessons it drew on that anyone may read.
     */
    public record Origin(List<PublishedResult> followUps, List<LessonReferences.LessonLink> lessons) {}

    /** One revision as the staff history shows it. */
    public record Revision(int number, String status, String title, String note, OffsetDateTime changedAt) {}

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    LifeEventTags lifeEventTags;

    @Inject
    RichText richText;

    @Inject
    Clock clock;

    @Inject
    Event<StoryChanged> changed;

    @Inject
    Spaces spaces;

    @Inject
    Judging judging;

    @Inject
    LessonReferences lessons;

    public long create(@Valid @NotNull StoryForm form, Actor actor) {
        requireStaff(actor);
        requireKnownSources(form);
        var story = new Story(
                form.details(), richText.toSafeHtml(form.getBody()), form.indicatorList(), actor.accountId(), now());
        em.persist(story);
        em.flush();
        record(story, "created", actor);
        return story.getId();
    }

    public void edit(long id, @Valid @NotNull StoryForm form, Actor actor) {
        var story = managed(id, actor);
        requireKnownSources(form);
        story.tell(form.details(), richText.toSafeHtml(form.getBody()), form.indicatorList(), now());
        record(story, "edited", actor);
    }

    /** Moves a story one step; {@code publishAt} in the future schedules the publishing instead. */
    public void move(long id, @NotNull Step step, OffsetDateTime publishAt, Actor actor) {
        var story = managed(id, actor);
        var now = now();
        Consumer<Story> move = switch (step) {
            case SUBMIT -> s -> s.submitForReview(now);
            case RETURN_TO_DRAFT -> s -> s.returnToDraft(now);
            case PUBLISH -> s -> s.publish(publishAt, now);
            case ARCHIVE -> s -> s.archive(now);
        };
        move.accept(story);
        record(story, story.isScheduled() ? "scheduled" : step.name().toLowerCase(Locale.ROOT), actor);
    }

    /** The publishing job: stories whose scheduled time has come go public; instances skip each other's rows. */
    public int publishDue() {
        var now = now();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        "SELECT id FROM story WHERE status = 'REVIEW' AND publish_at IS NOT NULL"
                                + " AND publish_at <= ? ORDER BY publish_at FETCH FIRST 50 ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, now)
                .getResultList();
        int published = 0;
        for (var id : ids) {
            var story = em.find(Story.class, id.longValue());
            if (story.publishIfDue(now)) {
                em.persist(new StoryRevision(
                        story, nextRevision(story), "published", story.getCreatedByForHistory(), now));
                changed.fire(new StoryChanged(story.getId(), story.getStatus()));
                published++;
            }
        }
        return published;
    }

    /** A published story for anyone; staff see every story. */
    public Optional<StoryDetail> detail(long id, Actor viewer) {
        var story = em.find(Story.class, id);
        if (story == null || !(story.isPublic() || isStaff(viewer))) {
            return Optional.empty();
        }
        return Optional.of(StoryDetail.of(story));
    }

    /** Lessons the editor may read whose title holds the words: the editor's lesson picker searches these. */
    public List<LessonReferences.LessonLink> lessonsTitled(String words) {
        return lessons.titled(words, LESSONS_FOUND);
    }

    /** The chosen lessons with their titles, in the order chosen. */
    public List<LessonReferences.LessonLink> lessonLinks(List<Long> ids) {
        return ids == null || ids.isEmpty() ? List.of() : lessons.published(ids);
    }

    /** The space's winners with their pilot or business case, and the public lessons, of a story the viewer may read. */
    public Optional<Origin> origin(long id, Actor viewer) {
        return detail(id, viewer).map(story -> {
            var followUps =
                    story.spaceId() == null || spaces.phaseOf(story.spaceId()).isEmpty()
                            ? List.<PublishedResult>of()
                            : judging.results(story.spaceId()).stream()
                                    .filter(r -> r.winner() && r.pilot() != null)
                                    .toList();
            return new Origin(followUps, lessons.readableByAnyone(story.lessonIds()));
        });
    }

    public StoryForm form(long id, Actor actor) {
        return new StoryForm(managed(id, actor));
    }

    public List<Revision> revisions(long id, Actor actor) {
        managed(id, actor);
        return em.createNamedQuery(StoryRevision.OF_STORY, StoryRevision.class)
                .setParameter("story", id)
                .getResultStream()
                .map(r ->
                        new Revision(r.getNumber(), r.getStatus().name(), r.getTitle(), r.getNote(), r.getChangedAt()))
                .toList();
    }

    /** Every story, newest change first, for the editorial desk. */
    public List<StorySummary> editorial(Actor actor) {
        requireStaff(actor);
        return em.createNamedQuery(Story.ALL, Story.class)
                .setMaxResults(500)
                .getResultStream()
                .map(StorySummary::of)
                .toList();
    }

    /**
     * Published stories matching the filter, newest first. Stories are few (tens to hundreds), so the
     * filter runs over the published set in memory rather than as one query per combination.
     */
    public StoryPage list(StoryFilter filter, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        var tagged = tagged(filter);
        var matching =
                published().stream().filter(s -> matches(s, filter, tagged)).toList();
        var items = matching.stream()
                .skip((long) safePage * safeSize)
                .limit(safeSize)
                .map(StorySummary::of)
                .toList();
        return new StoryPage(matching.size(), safePage, safeSize, items);
    }

    /** Published stories matching the filter with their indicators, newest first, for the scorecard and open data. */
    public List<StoryDetail> publishedDetails(StoryFilter filter) {
        var tagged = tagged(filter);
        return published().stream()
                .filter(s -> matches(s, filter, tagged))
                .map(StoryDetail::of)
                .toList();
    }

    /** When the public set of stories last changed: a publication, an edit of a public story or an archiving. */
    public Optional<OffsetDateTime> lastPublicChange() {
        return Optional.ofNullable(em.createNamedQuery(Story.LAST_PUBLIC_CHANGE, OffsetDateTime.class)
                .getSingleResult());
    }

    private List<Story> published() {
        return em.createNamedQuery(Story.PUBLISHED, Story.class).getResultList();
    }

    /** The stories tagged with the filter's life event, or null when the filter names none. */
    private Set<Long> tagged(StoryFilter filter) {
        return filter.lifeEvent() == null ? null : lifeEventTags.items(filter.lifeEvent(), ItemKind.STORY);
    }

    private static boolean matches(Story s, StoryFilter f, Set<Long> tagged) {
        return (tagged == null || tagged.contains(s.getId()))
                && (f.theme() == null || s.getThemes().contains(f.theme()))
                && (f.valueStream() == null || f.valueStream() == s.getValueStream())
                && (f.impact() == null || s.getIndicators().stream().anyMatch(i -> i.getImpact() == f.impact()))
                && (f.city() == null || f.city().isBlank() || f.city().strip().equalsIgnoreCase(s.getCity()));
    }

    private Story managed(long id, Actor actor) {
        requireStaff(actor);
        var story = em.find(Story.class, id);
        if (story == null) {
            throw new DomainException(Kind.NOT_FOUND, "story.notFound");
        }
        return story;
    }

    /**
     * A story links a space that exists and lessons that are published: a wrong number is the
     * writer's mistake, not a broken link.
     */
    private void requireKnownSources(StoryForm form) {
        if (form.getSpaceId() != null && spaces.phaseOf(form.getSpaceId()).isEmpty()) {
            throw new DomainException(Kind.INVALID, "story.space.unknown", "spaceId");
        }
        if (form.getLessonIds() != null
                && !lessons.notPublished(form.getLessonIds()).isEmpty()) {
            throw new DomainException(Kind.INVALID, "story.lessons.unknown", "lessonIds");
        }
    }

    private void record(Story story, String note, Actor actor) {
        em.persist(new StoryRevision(story, nextRevision(story), note, actor.accountId(), now()));
        changed.fire(new StoryChanged(story.getId(), story.getStatus()));
    }

    private int nextRevision(Story story) {
        return em.createNamedQuery(StoryRevision.LAST_NUMBER, Integer.class)
                        .setParameter("story", story.getId())
                        .getSingleResult()
                + 1;
    }

    private static boolean isStaff(Actor actor) {
        return actor != null && actor.staff();
    }

    private static void requireStaff(Actor actor) {
        if (actor == null) {
            throw new DomainException(Kind.UNAUTHORIZED, "problem.unauthorized");
        }
        if (!actor.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "story.staffOnly");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
