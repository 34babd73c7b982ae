package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tori.knowledge.entity.Adoption;
import org.tori.knowledge.entity.Lesson;
import org.tori.knowledge.entity.LessonChanged;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** The use cases of the knowledge base, one transaction each; every change fires {@link LessonChanged}. */
@ApplicationScoped
@Transactional
public class Lessons {

    /** Whoever the system itself is when it indexes or exports: sees everything. */
    public static final Reader SYSTEM = new Reader(null, true, true, null);

    // EclipseLink's query hints (Payara's JPA), named here so the build needs no EclipseLink jar
    private static final String READ_ONLY = "eclipselink.read-only";
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";
    private static final String BATCH_SIZE = "eclipselink.batch.size";

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<LessonChanged> changed;

    public long create(LessonData data, Reader author) {
        if (author.accountId() == null || !(author.partner() || author.staff())) {
            throw new DomainException(Kind.FORBIDDEN, "lesson.create.forbidden");
        }
        var lesson = new Lesson(null, required(data).content(), author.accountId(), now());
        lesson.analyse(data.analysis() == null ? null : data.analysis().content(), now());
        em.persist(lesson);
        em.flush();
        changed.fire(new LessonChanged(lesson.getId()));
        return lesson.getId();
    }

    public void update(long id, LessonData data, Reader editor) {
        var lesson = editable(id, editor);
        lesson.describe(required(data).content(), now());
        lesson.analyse(data.analysis() == null ? null : data.analysis().content(), now());
        changed.fire(new LessonChanged(id));
    }

    /** Moves a lesson on: its author submits it, staff publish it or return it with a note. */
    public void move(long id, LessonStatus target, String note, Reader actor) {
        var lesson = readable(id, actor);
        if (target == null) {
            throw new DomainException(Kind.INVALID, "lesson.status.notAllowed", "status");
        }
        switch (target) {
            case IN_REVIEW -> lesson.submit(actor.accountId() == null ? -1 : actor.accountId(), now());
            case PUBLISHED -> {
                staffOnly(actor);
                lesson.publish(now());
            }
            case DRAFT -> {
                staffOnly(actor);
                lesson.returnToAuthor(note, now());
            }
        }
        changed.fire(new LessonChanged(id));
    }

    public void recommend(long id, boolean practice, Reader actor) {
        staffOnly(actor);
        readable(id, actor).recommend(practice, now());
        changed.fire(new LessonChanged(id));
    }

    /** A partner city records that it adopted a practice; again, it corrects its record. */
    public void adopt(long id, LocalDate on, String note, Reader city) {
        var lesson = readable(id, city);
        if (!city.partner() || city.accountId() == null) {
            throw new DomainException(Kind.FORBIDDEN, "lesson.adopt.forbidden");
        }
        var adoption = em.createNamedQuery(Adoption.BY_CITY, Adoption.class)
                .setParameter("lessonId", id)
                .setParameter("city", city.city() == null ? "" : city.city().strip())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    var created = new Adoption(lesson, city.city(), city.accountId(), now());
                    em.persist(created);
                    return created;
                });
        adoption.record(on, note, now());
        changed.fire(new LessonChanged(id));
    }

    public Optional<LessonDetail> detail(long id, Reader reader) {
        var lesson = em.find(Lesson.class, id);
        if (lesson == null || !lesson.mayBeReadBy(reader)) {
            return Optional.empty();
        }
        return Optional.of(LessonDetail.of(lesson, adoptions(id), reader));
    }

    public List<LessonSummary> inStatus(LessonStatus status, Reader reader) {
        staffOnly(reader);
        return em.createNamedQuery(Lesson.BY_STATUS, Lesson.class)
                .setParameter("status", status)
                .setMaxResults(200)
                .getResultStream()
                .map(LessonSummary::of)
                .toList();
    }

    /** The newest published lessons the reader may read: the knowledge page works without search. */
    public List<LessonSummary> latest(Reader reader, int max) {
        return em.createNamedQuery(Lesson.LATEST, Lesson.class)
                .setParameter("visibilities", reader.readable())
                .setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultStream()
                .map(LessonSummary::of)
                .toList();
    }

    /** The newest published lessons the reader may read that concern a life event. */
    public List<LessonSummary> latest(Reader reader, int max, long lifeEvent) {
        return em.createNamedQuery(Lesson.LATEST_OF_EVENT, Lesson.class)
                .setParameter("visibilities", reader.readable())
                .setParameter("event", lifeEvent)
                .setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultStream()
                .map(LessonSummary::of)
                .toList();
    }

    /** Published lessons the reader may read whose title holds the words as typed (a picker's search), by title. */
    public List<LessonSummary> titled(String words, Reader reader, int max) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        var escaped = words.strip()
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return em.createNamedQuery(Lesson.TITLED, Lesson.class)
                .setParameter("visibilities", reader.readable())
                .setParameter("pattern", "%" + escaped + "%")
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultStream()
                .map(LessonSummary::of)
                .toList();
    }

    public List<Long> publishedIds() {
        return em.createNamedQuery(Lesson.PUBLISHED_IDS, Long.class).getResultList();
    }

    /**
     * The published lessons among these ids as the system sees them, in id order, read for a rebuild of
     * the search index: a handful of queries for the whole batch (each collection read for all lessons
     * at once), read-only, so nothing stays managed after the transaction.
     */
    public List<LessonDetail> publishedDetails(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createNamedQuery(Lesson.PUBLISHED_AMONG, Lesson.class)
                .setParameter("ids", ids)
                .setHint(READ_ONLY, "true")
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH_SIZE, ids.size());
        for (var collection : List.of("l.themes", "l.valueStreams", "l.whys", "l.causes", "l.actions")) {
            query.setHint(BATCH, collection);
        }
        var found = query.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        var adoptions = em.createNamedQuery(Adoption.OF_LESSONS, Adoption.class)
                .setParameter("lessonIds", found.stream().map(Lesson::getId).toList())
                .setHint(READ_ONLY, "true")
                .getResultStream()
                .collect(Collectors.groupingBy(Adoption::getLessonId));
        return found.stream()
                .map(l -> LessonDetail.of(l, adoptions.getOrDefault(l.getId(), List.of()), SYSTEM))
                .toList();
    }

    /** Every lesson in the import format, for staff. */
    public List<LessonData> export(Reader reader) {
        staffOnly(reader);
        return em.createNamedQuery(Lesson.ALL, Lesson.class)
                .getResultStream()
                .map(l -> data(l, true))
                .toList();
    }

    /**
     * Creates or updates the lesson with the record's external id: importing a file twice changes
     * nothing the second time. Staff only; the record's status and practice flag are taken as they are.
     */
    public boolean upsert(LessonData data, Reader importer) {
        staffOnly(importer);
        if (data == null || data.externalId() == null || data.externalId().isBlank()) {
            throw new DomainException(Kind.INVALID, "lesson.import.externalId", "externalId");
        }
        var existing = em.createNamedQuery(Lesson.BY_EXTERNAL_ID, Lesson.class)
                .setParameter("externalId", data.externalId().strip())
                .getResultStream()
                .findFirst();
        var lesson =
                existing.orElseGet(() -> new Lesson(data.externalId(), data.content(), importer.accountId(), now()));
        lesson.describe(data.content(), now());
        lesson.analyse(data.analysis() == null ? null : data.analysis().content(), now());
        lesson.importedAs(data.status(), now());
        if (Boolean.TRUE.equals(data.practice()) && data.status() == LessonStatus.PUBLISHED) {
            lesson.recommend(true, now());
        }
        if (existing.isEmpty()) {
            em.persist(lesson);
            em.flush();
        }
        changed.fire(new LessonChanged(lesson.getId()));
        return existing.isEmpty();
    }

    public Optional<Long> idOf(String externalId) {
        return em.createNamedQuery(Lesson.BY_EXTERNAL_ID, Lesson.class)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst()
                .map(Lesson::getId);
    }

    /** Several records in one transaction (a fast path for imports); any refusal rolls back them all. */
    public int[] upsertAll(List<LessonData> records, Reader importer) {
        int created = 0;
        for (var data : records) {
            if (upsert(data, importer)) {
                created++;
            }
        }
        return new int[] {created, records.size() - created};
    }

    public long count() {
        return em.createQuery("SELECT COUNT(l) FROM Lesson l", Long.class).getSingleResult();
    }

    static LessonData data(Lesson l, boolean withAnalysis) {
        var analysis = !withAnalysis || !l.getAnalysis().isPresent()
                ? null
                : new LessonData.Analysis(
                        l.getAnalysis().visibility(),
                        l.getAnalysis().getProblem(),
                        l.getAnalysis().getScope(),
                        l.getAnalysis().getImpact(),
                        l.getAnalysis().getMeasure(),
                        l.getWhys(),
                        l.getCauses().stream()
                                .map(c -> new LessonData.CauseData(c.getStatement(), c.getCategory()))
                                .toList(),
                        l.getActions().stream()
                                .map(a -> new LessonData.ActionData(
                                        a.getDescription(), a.getKind(), a.getOwner(), a.getDueOn(), a.getStatus()))
                                .toList(),
                        l.getAnalysis().getControl());
        return new LessonData(
                l.getExternalId() == null ? "tori-" + l.getId() : l.getExternalId(),
                l.getTitle(),
                l.getCity(),
                l.getOrganisation(),
                l.getHappenedOn(),
                l.getLanguage(),
                l.getContext(),
                l.getWhatHappened(),
                l.getWhatWorked(),
                l.getWhatDidNot(),
                l.getRecommendation(),
                l.getThemes(),
                l.getDomain(),
                l.getValueStreams(),
                l.getSpaceId(),
                l.getLinks(),
                l.getVisibility(),
                l.getStatus(),
                l.isPractice(),
                analysis);
    }

    private List<Adoption> adoptions(long id) {
        return em.createNamedQuery(Adoption.OF_LESSON, Adoption.class)
                .setParameter("lessonId", id)
                .getResultList();
    }

    private Lesson readable(long id, Reader reader) {
        var lesson = em.find(Lesson.class, id);
        if (lesson == null || !lesson.mayBeReadBy(reader)) {
            throw new DomainException(Kind.NOT_FOUND, "lesson.notFound");
        }
        return lesson;
    }

    private Lesson editable(long id, Reader editor) {
        var lesson = readable(id, editor);
        if (editor.accountId() == null && !editor.staff()
                || !lesson.mayEdit(editor.accountId() == null ? -1 : editor.accountId(), editor.staff())) {
            throw new DomainException(Kind.FORBIDDEN, "lesson.forbidden");
        }
        return lesson;
    }

    private static Reader staffOnly(Reader reader) {
        if (!reader.staff()) {
            throw new DomainException(
                    reader.accountId() == null ? Kind.UNAUTHORIZED : Kind.FORBIDDEN, "lesson.forbidden");
        }
        return reader;
    }

    private static LessonData required(LessonData data) {
        if (data == null) {
            throw new DomainException(Kind.INVALID, "lesson.title.required", "title");
        }
        return data;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
