package org.tori.maturity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tori.knowledge.boundary.Lessons;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Reader;
import org.tori.maturity.entity.Answer;
import org.tori.maturity.entity.Assessment;
import org.tori.maturity.entity.CityProfile;
import org.tori.maturity.entity.Dimension;
import org.tori.maturity.entity.GapAction;
import org.tori.maturity.entity.MaturityModel;
import org.tori.maturity.entity.PeerRange;
import org.tori.maturity.entity.Sharing;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.time.ProgramTime;

/**
 * The maturity use cases, one transaction each: read the model, a partner city assesses itself and
 * shares the result, reads its history and compares its latest assessment with the peers that shared.
 */
@ApplicationScoped
@Transactional
public class Maturity {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Lessons lessons;

    @Inject
    Clock clock;

    public List<Dimension> dimensions() {
        return em.createNamedQuery(Dimension.ALL, Dimension.class).getResultList();
    }

    public int modelVersion() {
        return em.find(MaturityModel.class, MaturityModel.ID).getVersion();
    }

    /** The model in the reader's language; practices only as far as the reader may read them. */
    public List<DimensionRow> model(Locale locale, Reader reader) {
        return dimensions().stream()
                .map(d -> new DimensionRow(
                        d.getCode(),
                        d.name(locale),
                        d.getLevels().stream()
                                .map(l -> new DimensionRow.LevelRow(
                                        l.getLevel(),
                                        l.description(locale),
                                        l.evidence(locale),
                                        links(l.practiceIds(), reader)))
                                .toList()))
                .toList();
    }

    /** A partner city's new assessment (private at first); its population, when given, is kept for size comparisons. */
    public long assess(Reader by, List<AnswerForm> forms, Integer population) {
        return assess(by, ProgramTime.today(clock), forms, population);
    }

    /** As above, dated (the demo content records a city's history). */
    public long assess(Reader by, LocalDate today, List<AnswerForm> forms, Integer population) {
        var answers = new ArrayList<Answer>();
        var actions = new ArrayList<GapAction>();
        for (var f : forms) {
            try {
                answers.add(new Answer(
                        f.getDimension(),
                        f.getCurrent(),
                        f.getTarget(),
                        f.getTargetYear(),
                        today.getYear(),
                        f.getEvidence(),
                        f.getLinks()));
                if (f.getActionTitle() != null && !f.getActionTitle().isBlank()) {
                    actions.add(new GapAction(
                            f.getDimension(),
                            f.getActionTitle(),
                            f.getActionOwner(),
                            f.getActionDue(),
                            f.getActionStatus()));
                }
            } catch (DimensionRefusal e) {
                throw e;
            } catch (DomainException e) {
                throw new DimensionRefusal(f.getDimension(), e);
            }
        }
        var codes = dimensions().stream().map(Dimension::getCode).toList();
        var assessment = new Assessment(by, modelVersion(), today, codes, answers, actions, now());
        if (population != null) {
            profile(assessment.getCity()).populate(population);
        }
        em.persist(assessment);
        em.flush();
        return assessment.getId();
    }

    public void share(long id, Sharing with, Reader by) {
        var assessment = em.find(Assessment.class, id);
        if (assessment == null || !assessment.readableBy(by)) {
            throw new DomainException(Kind.NOT_FOUND, "maturity.assessment.notFound");
        }
        assessment.share(with, by);
    }

    /** A city's assessments, newest first, as far as the reader may read them. */
    public List<Assessment> history(String city, Reader reader) {
        if (city == null) {
            return List.of();
        }
        return em.createNamedQuery(Assessment.OF_CITY, Assessment.class)
                .setParameter("city", city.strip())
                .getResultStream()
                .filter(a -> a.readableBy(reader))
                .toList();
    }

    public Optional<Integer> population(String city) {
        var profile = city == null ? null : em.find(CityProfile.class, city.strip());
        return Optional.ofNullable(profile).map(CityProfile::getPopulation);
    }

    /** Every city's latest assessment shared as widely as given, one per city. */
    public List<Assessment> latestShared(Collection<Sharing> sharing) {
        var latest = new LinkedHashMap<String, Assessment>();
        em.createNamedQuery(Assessment.SHARED, Assessment.class)
                .setParameter("sharing", sharing)
                .getResultStream()
                .forEach(a -> latest.putIfAbsent(a.getCity().toLowerCase(Locale.ROOT), a));
        return List.copyOf(latest.values());
    }

    /**
     * The city's latest assessment against the latest shared assessments of the other cities (of
     * similar size if asked). Peers' levels only as a range of at least three cities.
     */
    public Optional<Comparison> compare(String city, boolean similarSize, Locale locale, Reader reader) {
        var own = history(city, reader).stream().findFirst();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        var mine = own.get();
        var size = population(mine.getCity()).orElse(null);
        var peers = latestShared(List.of(Sharing.PARTNERS, Sharing.PUBLIC)).stream()
                .filter(a -> !a.getCity().equalsIgnoreCase(mine.getCity()))
                .filter(a -> a.readableBy(reader))
                .filter(a -> !similarSize
                        || CityProfile.similar(size, population(a.getCity()).orElse(null)))
                .toList();
        var rows = new ArrayList<Comparison.Row>();
        for (var d : dimensions()) {
            var answer = mine.answer(d.getCode()).orElse(null);
            if (answer == null) {
                continue;
            }
            var levels = peers.stream()
                    .flatMap(p -> p.answer(d.getCode()).stream())
                    .map(Answer::getCurrentLevel)
                    .toList();
            var ahead = peers.stream()
                    .filter(p -> p.answer(d.getCode())
                            .map(x -> x.getCurrentLevel() == answer.getCurrentLevel() + 1)
                            .orElse(false))
                    .map(p -> new Comparison.Ahead(
                            p.getCity(),
                            links(p.answer(d.getCode()).orElseThrow().lessonIds(), reader)))
                    .toList();
            rows.add(new Comparison.Row(
                    d.getCode(),
                    d.name(locale),
                    answer.getCurrentLevel(),
                    answer.getTargetLevel(),
                    answer.getTargetYear(),
                    PeerRange.of(levels).orElse(null),
                    ahead,
                    links(d.level(answer.getCurrentLevel()).practiceIds(), reader),
                    mine.actionsOf(d.getCode())));
        }
        return Optional.of(new Comparison(mine.getId(), mine.getCity(), peers.size(), similarSize, rows));
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Assessment a", Long.class).getSingleResult();
    }

    /** Staff choose the practices recommended at a level (the texts stay); the model's version goes up. */
    public void recommend(String code, int level, List<Long> practices, Reader by) {
        if (!by.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "maturity.model.staffOnly");
        }
        dimensions().stream()
                .filter(d -> d.getCode().equals(code))
                .findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "maturity.dimension.unknown", "dimension"))
                .recommend(level, practices);
        em.find(MaturityModel.class, MaturityModel.ID).changed(now());
    }

    /** Every assessment shared exactly so widely, newest first per city. */
    public List<Assessment> shared(Sharing sharing) {
        return em.createNamedQuery(Assessment.SHARED, Assessment.class)
                .setParameter("sharing", List.of(sharing))
                .getResultList();
    }

    /** The ids of those practices the reader may read and that are published. */
    public List<Long> readablePractices(List<Long> ids, Reader reader) {
        return links(ids, reader).stream().map(LessonLink::id).toList();
    }

    /** Staff rewrite one level of a dimension; the model's version goes up. */
    public void rewriteLevel(String code, int level, Map<String, String> texts, List<Long> practices, Reader by) {
        if (!by.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "maturity.model.staffOnly");
        }
        var dimension = dimensions().stream()
                .filter(d -> d.getCode().equals(code))
                .findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "maturity.dimension.unknown", "dimension"));
        for (var id : practices) {
            if (lessons.detail(id, Lessons.SYSTEM).isEmpty()) {
                throw new DomainException(Kind.INVALID, "maturity.practices.unknown", "practices");
            }
        }
        dimension.rewrite(
                level,
                texts.get("fi"),
                texts.get("en"),
                texts.get("sv"),
                texts.get("evidenceFi"),
                texts.get("evidenceEn"),
                texts.get("evidenceSv"),
                practices);
        em.find(MaturityModel.class, MaturityModel.ID).changed(now());
    }

    private List<LessonLink> links(List<Long> ids, Reader reader) {
        return ids.stream()
                .flatMap(id -> lessons.detail(id, reader).stream())
                .filter(l -> l.status() == LessonStatus.PUBLISHED)
                .map(l -> new LessonLink(l.id(), l.lesson().title()))
                .toList();
    }

    private CityProfile profile(String city) {
        var profile = em.find(CityProfile.class, city);
        if (profile == null) {
            profile = new CityProfile(city);
            em.persist(profile);
        }
        return profile;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
