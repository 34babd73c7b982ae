package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tori.knowledge.entity.Adoption;
import org.tori.knowledge.entity.Lesson;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Reader;
import org.tori.spaces.entity.Theme;

/**
 * The knowledge base as anyone may read it, for open data: published lessons that nobody signed in
 * may read, their analysis only where it is public too, and the adoptions of practices. Nothing
 * here names the author, an action's owner or the review note.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenLessons {

    public static final int MAX_SIZE = 100;

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    /** Which lessons: optional theme and city (any case), practices only when asked. */
    public record Filter(Theme theme, String city, boolean practicesOnly) {}

    /** A public lesson; {@code lesson.analysis()} is null unless the analysis is public as well. */
    public record PublicLesson(long id, LessonData lesson, boolean practice, OffsetDateTime publishedAt) {}

    /** A city that took a practice into use; the account that recorded it stays out. */
    public record PublicAdoption(String city, LocalDate adoptedOn, String note) {}

    /** One page, newest publication first, with the adoptions of its lessons by lesson id. */
    public record Page(
            long total, int page, int size, List<PublicLesson> items, Map<Long, List<PublicAdoption>> adoptions) {

        public List<PublicAdoption> adoptionsOf(long lessonId) {
            return adoptions.getOrDefault(lessonId, List.of());
        }
    }

    public Page page(Filter filter, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_SIZE));
        int safePage = Math.max(0, page);
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Lesson.class);
        var root = query.from(Lesson.class);
        query.select(root)
                .where(matching(cb, root, filter))
                .orderBy(cb.desc(root.get("publishedAt")), cb.desc(root.get("id")));
        var lessons = em.createQuery(query)
                .setFirstResult(safePage * safeSize)
                .setMaxResults(safeSize)
                .getResultList();

        var count = cb.createQuery(Long.class);
        var counted = count.from(Lesson.class);
        count.select(cb.count(counted)).where(matching(cb, counted, filter));
        long total = em.createQuery(count).getSingleResult();

        var items = lessons.stream()
                .map(l -> new PublicLesson(
                        l.getId(),
                        withoutOwners(Lessons.data(l, l.analysisReadableBy(Reader.ANONYMOUS))),
                        l.isPractice(),
                        l.getPublishedAt()))
                .toList();
        return new Page(
                total,
                safePage,
                safeSize,
                items,
                adoptions(lessons.stream().map(Lesson::getId).toList()));
    }

    /** Every page of the filter, for exports. */
    public List<Page> all(Filter filter) {
        var pages = new ArrayList<Page>();
        for (int n = 0; ; n++) {
            var page = page(filter, n, MAX_SIZE);
            pages.add(page);
            if (page.items().size() < MAX_SIZE || (long) (n + 1) * MAX_SIZE >= page.total()) {
                return pages;
            }
        }
    }

    /**
     * When the public lessons last changed. Lessons of every visibility count, since a lesson made
     * less open leaves the public list; adoptions are not included (a corrected note has no time).
     */
    public Optional<OffsetDateTime> lastChange() {
        return Optional.ofNullable(
                em.createQuery("SELECT MAX(l.updatedAt) FROM Lesson l WHERE l.status = :status", OffsetDateTime.class)
                        .setParameter("status", LessonStatus.PUBLISHED)
                        .getSingleResult());
    }

    private Map<Long, List<PublicAdoption>> adoptions(Collection<Long> lessonIds) {
        if (lessonIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Adoption.OF_LESSONS, Adoption.class)
                .setParameter("lessonIds", lessonIds)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        Adoption::getLessonId,
                        Collectors.mapping(
                                a -> new PublicAdoption(a.getCity(), a.getAdoptedOn(), a.getNote()),
                                Collectors.toList())));
    }

    /** Who owns an action is a person's name: it stays inside Tori. */
    private static LessonData withoutOwners(LessonData l) {
        var a = l.analysis();
        var analysis = a == null
                ? null
                : new LessonData.Analysis(
                        a.visibility(),
                        a.problem(),
                        a.scope(),
                        a.impact(),
                        a.measure(),
                        a.whys(),
                        a.causes(),
                        a.actions().stream()
                                .map(x -> new LessonData.ActionData(
                                        x.description(), x.kind(), null, x.dueOn(), x.status()))
                                .toList(),
                        a.control());
        return new LessonData(
                l.externalId(),
                l.title(),
                l.city(),
                l.organisation(),
                l.happenedOn(),
                l.language(),
                l.context(),
                l.whatHappened(),
                l.whatWorked(),
                l.whatDidNot(),
                l.recommendation(),
                l.themes(),
                l.domain(),
                l.valueStreams(),
                l.spaceId(),
                l.links(),
                l.visibility(),
                l.status(),
                l.practice(),
                analysis);
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Lesson> root, Filter filter) {
        var where = new ArrayList<Predicate>();
        where.add(cb.equal(root.get("status"), LessonStatus.PUBLISHED));
        where.add(root.get("visibility").in(Reader.ANONYMOUS.readable()));
        if (filter.theme() != null) {
            where.add(cb.equal(root.join("themes"), filter.theme()));
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            where.add(cb.equal(
                    cb.lower(cb.trim(root.get("city"))), filter.city().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.practicesOnly()) {
            where.add(cb.isTrue(root.get("practice")));
        }
        return where.toArray(Predicate[]::new);
    }
}
