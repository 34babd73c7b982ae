package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tori.accounts.boundary.Actor;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.lifeevents.ItemKind;
import org.tori.platform.lifeevents.LifeEventTag;
import org.tori.platform.text.RichText;
import org.tori.spaces.entity.Challenge;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.Space;
import org.tori.spaces.entity.SpaceActivity;
import org.tori.spaces.entity.SpaceChanged;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Team;

/** The use cases of spaces, one transaction each; every change fires {@link SpaceChanged}. */
@ApplicationScoped
@Transactional
public class Spaces {

    /** The kinds of space this actor may start, in the vocabulary's order. */
    public static List<SpaceKind> creatableKinds(Actor actor) {
        return Arrays.stream(SpaceKind.values())
                .filter(k -> mayCreate(actor, k))
                .toList();
    }

    private static boolean mayCreate(Actor actor, SpaceKind kind) {
        return kind.mayBeCreatedBy(actor.staff(), actor.cityPartner(), actor.company());
    }

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    RichText richText;

    @Inject
    Clock clock;

    @Inject
    Event<SpaceChanged> changed;

    @Inject
    Event<SpaceActivity> activity;

    @Inject
    Instance<LessonRecords> lessonRecords;

    @Inject
    Instance<RelatedLessons> relatedLessons;

    @Inject
    Instance<KindRules> kindRules;

    public long create(@Valid @NotNull SpaceForm form, Actor actor) {
        if (!mayCreate(actor, form.getKind())) {
            throw new DomainException(Kind.FORBIDDEN, "space.create.forbidden");
        }
        var space = new Space(
                form.getKind(), form.details(), richText.toSafeHtml(form.getDescription()), actor.accountId(), now());
        space.setRules(form.isPublicVote(), form.getEligibility());
        em.persist(space);
        em.flush();
        changed.fire(new SpaceChanged(space.getId(), space.getPhase()));
        return space.getId();
    }

    public void edit(long id, @Valid @NotNull SpaceForm form, Actor actor) {
        var space = managed(id, actor);
        space.describe(form.details(), richText.toSafeHtml(form.getDescription()));
        space.setRules(form.isPublicVote(), form.getEligibility());
        changed.fire(new SpaceChanged(id, space.getPhase()));
    }

    public void move(long id, Phase target, String reason, Actor actor) {
        move(id, target, reason, actor, true);
    }

    /** As {@link #move(long, Phase, String, Actor)}, from a page where the mailing of results is confirmed by a tick. */
    public void move(long id, Phase target, String reason, Actor actor, boolean resultsMailingConfirmed) {
        var space = managed(id, actor);
        space.checkResultsAnnouncement(target, resultsMailingConfirmed);
        long lessons = target == Phase.ARCHIVED && lessonRecords.isResolvable()
                ? lessonRecords.get().lessonsAbout(id, space.getCreatedBy())
                : 0;
        space.moveTo(target, reason, lessons, actor.staff());
        rulesOf(space.getKind()).ifPresent(rules -> rules.checkMove(id, space.getPhase()));
        changed.fire(new SpaceChanged(id, space.getPhase()));
    }

    private Optional<KindRules> rulesOf(SpaceKind kind) {
        return kindRules.stream().filter(rules -> rules.kind() == kind).findFirst();
    }

    /** A challenge as the public sees it. */
    public record ChallengeView(long id, String title, String description, String dataOffered, String postedBy) {}

    public long postChallenge(long id, ChallengeForm form, Actor actor) {
        var space = managed(id, actor);
        if (form == null) {
            throw new DomainException(Kind.INVALID, "challenge.title.required", "title");
        }
        var challenge =
                new Challenge(space, form.title(), form.description(), form.dataOffered(), form.postedBy(), now());
        em.persist(challenge);
        em.flush();
        changed.fire(new SpaceChanged(id, space.getPhase()));
        return challenge.getId();
    }

    public List<ChallengeView> challenges(long id) {
        return em.createNamedQuery(Challenge.OF_SPACE, Challenge.class)
                .setParameter("space", id)
                .getResultStream()
                .map(c -> new ChallengeView(
                        c.getId(), c.getTitle(), c.getDescription(), c.getDataOffered(), c.getPostedBy()))
                .toList();
    }

    /** Public lessons other cities learned on this space's themes or domain (none without a knowledge base). */
    public List<RelatedLessons.LessonLink> relatedLessons(long id) {
        return relatedLessons(id, null);
    }

    /**
     * Lessons from cities other than the reader's own (a signed-in partner city's); for anyone else,
     * other than the space's city.
     */
    public List<RelatedLessons.LessonLink> relatedLessons(long id, String readerCity) {
        var space = em.find(Space.class, id);
        if (space == null || !relatedLessons.isResolvable()) {
            return List.of();
        }
        var other = readerCity == null || readerCity.isBlank() ? space.getCity() : readerCity;
        return relatedLessons.get().related(space.getThemes(), space.getDomain(), other, 5);
    }

    public void join(long id, long accountId) {
        var space = visible(id, null);
        if (space.join(accountId)) {
            activity.fire(new SpaceActivity.Joined(id, accountId));
        }
        changed.fire(new SpaceChanged(id, space.getPhase()));
    }

    public void leave(long id, long accountId) {
        var space = visible(id, null);
        var own = rulesOf(space.getKind());
        if (own.isPresent()) {
            own.get().leave(id, accountId);
            return;
        }
        boolean inTeam = em.createNamedQuery(Team.OF_SPACE, Team.class)
                .setParameter("space", id)
                .getResultStream()
                .anyMatch(t -> t.isMember(accountId));
        if (inTeam) {
            throw new DomainException(Kind.CONFLICT, "space.leave.inTeam");
        }
        space.leave(accountId);
        changed.fire(new SpaceChanged(id, space.getPhase()));
    }

    public Optional<SpaceDetail> detail(long id, Actor viewer) {
        var space = em.find(Space.class, id);
        if (space == null || !visibleTo(space, viewer)) {
            return Optional.empty();
        }
        return Optional.of(SpaceDetail.of(space, participantCounts(List.of(id)).getOrDefault(id, 0), now()));
    }

    /**
     * How many people take part in each space: its members and its entrants, each person once (a
     * contest may be entered without joining first).
     */
    private Map<Long, Integer> participantCounts(List<Long> ids) {
        var people = new HashMap<Long, Set<Long>>();
        Consumer<Object[]> add = row ->
                people.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add(((Number) row[1]).longValue());
        em.createQuery("SELECT s.id, p FROM Space s JOIN s.participants p WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(add);
        em.createQuery("SELECT e.spaceId, e.submitterId FROM Entry e WHERE e.spaceId IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(add);
        var counts = new HashMap<Long, Integer>();
        people.forEach((space, members) -> counts.put(space, members.size()));
        return counts;
    }

    public boolean isParticipant(long id, long accountId) {
        var space = em.find(Space.class, id);
        return space != null && space.isParticipant(accountId);
    }

    public Optional<Phase> phaseOf(long id) {
        return Optional.ofNullable(em.find(Space.class, id)).map(Space::getPhase);
    }

    public boolean mayManage(long id, Actor actor) {
        var space = em.find(Space.class, id);
        return space != null && actor != null && space.mayBeManagedBy(actor.accountId(), actor.staff());
    }

    /** Whether the space's entries are judged (hackathons, contests): only those have challenges, screening and a jury. */
    public boolean isJudged(long id) {
        var space = em.find(Space.class, id);
        return space != null && space.getKind().isJudged();
    }

    /** Whether the actor may move the space to its next phase: the button is shown only then. */
    public boolean mayMoveOn(long id, Actor actor) {
        var space = em.find(Space.class, id);
        return space != null
                && actor != null
                && space.mayBeManagedBy(actor.accountId(), actor.staff())
                && space.mayMoveOn(actor.staff());
    }

    /** Public spaces matching the filter, newest first; drafts only for those who may manage them. */
    public SpacePage list(SpaceFilter filter, int page, int size, Actor viewer) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        var cb = em.getCriteriaBuilder();

        var query = cb.createQuery(Long.class);
        var root = query.from(Space.class);
        query.select(root.get("id"))
                .distinct(true)
                .where(matching(cb, query, root, filter, viewer))
                .orderBy(cb.desc(root.get("id")));
        var ids = em.createQuery(query)
                .setFirstResult(safePage * safeSize)
                .setMaxResults(safeSize)
                .getResultList();
        var items = summaries(ids);

        var count = cb.createQuery(Long.class);
        var counted = count.from(Space.class);
        count.select(cb.countDistinct(counted)).where(matching(cb, count, counted, filter, viewer));
        return new SpacePage(em.createQuery(count).getSingleResult(), safePage, safeSize, items);
    }

    /**
     * The list's rows in four queries whatever the page size (not three more per space): the spaces,
     * their themes and value streams read in one batch each, and the members and entrants of all of them.
     */
    private List<SpaceSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var spaces = em.createQuery("SELECT s FROM Space s WHERE s.id IN :ids", Space.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.themes")
                .setHint("eclipselink.batch", "s.valueStreams")
                .getResultList();
        var participants = participantCounts(ids);
        var byId = new HashMap<Long, Space>();
        spaces.forEach(space -> byId.put(space.getId(), space));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(space -> SpaceSummary.of(space, participants.getOrDefault(space.getId(), 0)))
                .toList();
    }

    /** Moves every space whose dates have passed into its next phase; safe on several instances. */
    public int advanceDue() {
        var now = now();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM space WHERE phase IN ('OPEN', 'SUBMISSION')"
                        + " ORDER BY id FOR UPDATE SKIP LOCKED")
                .getResultList();
        int moved = 0;
        for (var id : ids) {
            var space = em.find(Space.class, id.longValue());
            var due = space.dueMove(now);
            if (due.isPresent()) {
                space.moveTo(due.get(), null);
                changed.fire(new SpaceChanged(space.getId(), space.getPhase()));
                moved++;
            }
        }
        return moved;
    }

    private Predicate[] matching(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<Space> root, SpaceFilter filter, Actor viewer) {
        var where = new ArrayList<Predicate>();
        if (viewer == null || !viewer.staff()) {
            var published = cb.notEqual(root.get("phase"), Phase.DRAFT);
            where.add(
                    viewer == null ? published : cb.or(published, cb.equal(root.get("createdBy"), viewer.accountId())));
        }
        if (filter.kind() != null) {
            where.add(cb.equal(root.get("kind"), filter.kind()));
        }
        if (filter.phase() != null) {
            where.add(cb.equal(root.get("phase"), filter.phase()));
        }
        if (filter.domain() != null) {
            where.add(cb.equal(root.get("domain"), filter.domain()));
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            where.add(cb.equal(cb.lower(root.get("city")), filter.city().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.theme() != null) {
            where.add(cb.equal(root.join("themes"), filter.theme()));
        }
        if (filter.valueStream() != null) {
            where.add(cb.equal(root.join("valueStreams"), filter.valueStream()));
        }
        if (filter.lifeEvent() != null) {
            where.add(LifeEventTag.tagged(cb, query, root.get("id"), ItemKind.SPACE, filter.lifeEvent()));
        }
        return where.toArray(Predicate[]::new);
    }

    private Space managed(long id, Actor actor) {
        var space = em.find(Space.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (space == null) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        if (actor == null || !space.mayBeManagedBy(actor.accountId(), actor.staff())) {
            throw new DomainException(Kind.FORBIDDEN, "space.manage.forbidden");
        }
        return space;
    }

    private Space visible(long id, Actor viewer) {
        var space = em.find(Space.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (space == null || !visibleTo(space, viewer)) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        return space;
    }

    private static boolean visibleTo(Space space, Actor viewer) {
        return space.getPhase().isPublic()
                || (viewer != null && space.mayBeManagedBy(viewer.accountId(), viewer.staff()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
