package org.tori.judging.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.tori.accounts.boundary.Actor;
import org.tori.judging.entity.ConflictOfInterest;
import org.tori.judging.entity.Criterion;
import org.tori.judging.entity.ImpactValue;
import org.tori.judging.entity.JudgingActivity;
import org.tori.judging.entity.JudgingRound;
import org.tori.judging.entity.Juror;
import org.tori.judging.entity.Jury;
import org.tori.judging.entity.Prize;
import org.tori.judging.entity.Result;
import org.tori.judging.entity.Score;
import org.tori.judging.entity.ScoreSheet;
import org.tori.judging.entity.Vote;
import org.tori.pilots.boundary.Pilots;
import org.tori.pilots.entity.Pilot;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.boundary.Entries;
import org.tori.spaces.boundary.EntrySummary;
import org.tori.spaces.boundary.Spaces;

/**
 * Criteria, jurors, blind scoring and the ranking. The rules (who may score what, when criteria
 * freeze, when results are out) live in {@link Jury}; this class loads, asks it, stores and fires
 * events. Jurors see their own scores only.
 */
@ApplicationScoped
@Transactional
public class Judging {

    /** An entry waiting for a juror, with the points this juror gave so far (criterion id to points). */
    public record Assignment(EntrySummary entry, Map<Long, Integer> myPoints, boolean conflict) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Prizes prizes;

    @Inject
    Event<JudgingActivity> activity;

    @Inject
    Spaces spaces;

    @Inject
    Entries entries;

    @Inject
    Clock clock;

    @Inject
    Pilots pilots;

    public void defineCriteria(long spaceId, List<CriterionForm> forms, Actor actor) {
        requireManager(spaceId, actor);
        jury(spaceId).requireCriteriaEditable();
        if (forms == null || forms.isEmpty()) {
            throw new DomainException(Kind.INVALID, "criteria.required", "criteria");
        }
        storedCriteria(spaceId).forEach(em::remove);
        for (int i = 0; i < forms.size(); i++) {
            var form = forms.get(i);
            em.persist(new Criterion(spaceId, form.name(), form.weight(), form.impact(), i));
        }
    }

    public List<CriterionSummary> criteria(long spaceId) {
        return storedCriteria(spaceId).stream()
                .map(c -> new CriterionSummary(
                        c.getId(),
                        c.getName(),
                        c.getWeight(),
                        c.getImpact() == null ? null : c.getImpact().name(),
                        c.getDescription()))
                .toList();
    }

    public void appointJuror(long spaceId, long accountId, Actor actor) {
        jury(spaceId).appoint(accountId, actor != null && actor.staff()).ifPresent(juror -> {
            em.persist(juror);
            activity.fire(new JudgingActivity.JurorAppointed(spaceId, accountId));
        });
    }

    public void declareConflict(long entryId, long jurorId) {
        var entry = entries.find(entryId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "entry.notFound"));
        jury(entry.spaceId()).requireJuror(jurorId);
        if (!conflicts(List.of(entryId)).contains(new ScoreSheet.Conflict(entryId, jurorId))) {
            em.persist(new ConflictOfInterest(entryId, jurorId));
        }
    }

    public void score(long entryId, Map<Long, Integer> points, long jurorId) {
        var entry = entries.find(entryId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "entry.notFound"));
        int round = currentRound(entry.spaceId());
        var standing = new Jury.Standing(
                entry.judgeable(),
                roundEntries(entry.spaceId(), round).contains(entryId),
                conflicts(List.of(entryId)).contains(new ScoreSheet.Conflict(entryId, jurorId)));
        var criterionIds =
                storedCriteria(entry.spaceId()).stream().map(Criterion::getId).collect(Collectors.toSet());
        jury(entry.spaceId()).admitScores(jurorId, standing, criterionIds, points);
        points.forEach((criterion, given) -> em.createNamedQuery(Score.ONE, Score.class)
                .setParameter("entry", entryId)
                .setParameter("criterion", criterion)
                .setParameter("juror", jurorId)
                .setParameter("round", round)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(
                        existing -> existing.give(given),
                        () -> em.persist(new Score(entryId, criterion, jurorId, round, given))));
    }

    /** What a juror has to score in a space: judgeable entries and only their own points. */
    public List<Assignment> assignments(long spaceId, long jurorId) {
        jury(spaceId).requireJuror(jurorId);
        int round = currentRound(spaceId);
        var inRound = roundEntries(spaceId, round);
        var judgeable = entries.entries(spaceId).stream()
                .filter(e -> inRound.contains(e.id()))
                .toList();
        var ids = judgeable.stream().map(EntrySummary::id).toList();
        var mine = ids.isEmpty()
                ? List.<ScoreSheet.Mark>of()
                : marks(ids, round).stream().filter(m -> m.jurorId() == jurorId).toList();
        var conflicts = conflicts(ids);
        return judgeable.stream()
                .map(e -> new Assignment(
                        e,
                        mine.stream()
                                .filter(m -> m.entryId() == e.id())
                                .collect(Collectors.toMap(ScoreSheet.Mark::criterionId, ScoreSheet.Mark::points)),
                        conflicts.contains(new ScoreSheet.Conflict(e.id(), jurorId))))
                .toList();
    }

    /** The ranking of the round being judged now, with each entry's public votes. */
    public List<RankedEntry> ranking(long spaceId, Actor actor) {
        requireManager(spaceId, actor);
        var titles = entries.entries(spaceId).stream().collect(Collectors.toMap(EntrySummary::id, EntrySummary::title));
        var votes = votes(spaceId);
        int round = currentRound(spaceId);
        return rankRound(spaceId, round).stream()
                .map(r -> new RankedEntry(
                        r.entryId(),
                        titles.get(r.entryId()),
                        r.score(),
                        r.rank(),
                        r.tied(),
                        r.jurors(),
                        round,
                        votes.getOrDefault(r.entryId(), 0L)))
                .toList();
    }

    /** The round being judged: 1, or the number of the latest further round. */
    public int currentRound(long spaceId) {
        return em.createNamedQuery(JudgingRound.OF_SPACE, JudgingRound.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .mapToInt(JudgingRound::getRound)
                .max()
                .orElse(1);
    }

    /** Starts a further round for the top N of the current one; their scores start from a clean sheet. */
    public int startRound(long spaceId, int topN, Actor actor) {
        requireManager(spaceId, actor);
        jury(spaceId).requireJudging();
        int round = currentRound(spaceId);
        var next = new JudgingRound(spaceId, round, rankRound(spaceId, round), topN, OffsetDateTime.now(clock));
        em.persist(next);
        return next.getRound();
    }

    private Set<Long> roundEntries(long spaceId, int round) {
        if (round > 1) {
            return em.createNamedQuery(JudgingRound.OF_SPACE, JudgingRound.class)
                    .setParameter("space", spaceId)
                    .getResultStream()
                    .filter(r -> r.getRound() == round)
                    .findFirst()
                    .orElseThrow()
                    .getEntries();
        }
        return entries.entries(spaceId).stream()
                .filter(EntrySummary::judgeable)
                .map(EntrySummary::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<ScoreSheet.Ranked> rankRound(long spaceId, int round) {
        var ids = List.copyOf(roundEntries(spaceId, round));
        if (ids.isEmpty()) {
            return List.of();
        }
        var weights = criteria(spaceId).stream()
                .map(c -> new ScoreSheet.Weight(c.id(), c.weight()))
                .toList();
        return ScoreSheet.rank(ids, weights, marks(ids, round), conflicts(ids));
    }

    private Map<Long, Long> votes(long spaceId) {
        return em.createNamedQuery(Vote.COUNTS, Object[].class)
                .setParameter("space", spaceId)
                .getResultStream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    /** How far each juror is: entries scored on every criterion, entries left, conflicts declared. */
    public record JurorProgress(long jurorId, String name, int scored, int left, int conflicts) {}

    public List<JurorProgress> progress(long spaceId, Actor actor, LongFunction<String> names) {
        requireManager(spaceId, actor);
        int round = currentRound(spaceId);
        var ids = List.copyOf(roundEntries(spaceId, round));
        int criteria = criteria(spaceId).size();
        var marks = ids.isEmpty() ? List.<ScoreSheet.Mark>of() : marks(ids, round);
        var conflicts = ids.isEmpty() ? Set.<ScoreSheet.Conflict>of() : conflicts(ids);
        return em.createNamedQuery(Juror.OF_SPACE, Juror.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .map(j -> {
                    long juror = j.getAccountId();
                    int declared = (int)
                            conflicts.stream().filter(c -> c.jurorId() == juror).count();
                    int scored = (int) ids.stream()
                            .filter(e -> marks.stream()
                                            .filter(m -> m.entryId() == e && m.jurorId() == juror)
                                            .count()
                                    == criteria)
                            .count();
                    return new JurorProgress(
                            juror, names.apply(juror), scored, ids.size() - scored - declared, declared);
                })
                .toList();
    }

    /** The ranking with each criterion's mean points, as CSV for staff: entry, title, criteria…, score, place. */
    public String exportCsv(long spaceId, Actor actor) {
        var ranking = ranking(spaceId, actor);
        var criteria = criteria(spaceId);
        var ids = ranking.stream().map(RankedEntry::entryId).toList();
        var conflicts = ids.isEmpty() ? Set.<ScoreSheet.Conflict>of() : conflicts(ids);
        int round = currentRound(spaceId);
        var marks = ids.isEmpty()
                ? List.<ScoreSheet.Mark>of()
                : marks(ids, round).stream()
                        .filter(m -> !conflicts.contains(new ScoreSheet.Conflict(m.entryId(), m.jurorId())))
                        .toList();
        var csv = new StringBuilder("entry,title");
        criteria.forEach(c -> csv.append(',').append(csvField(c.name() + " (x" + c.weight() + ")")));
        csv.append(",score,place\r\n");
        for (var row : ranking) {
            csv.append(row.entryId()).append(',').append(csvField(row.title()));
            for (var c : criteria) {
                var points = marks.stream()
                        .filter(m -> m.entryId() == row.entryId() && m.criterionId() == c.id())
                        .mapToInt(ScoreSheet.Mark::points)
                        .average();
                csv.append(',')
                        .append(
                                points.isPresent()
                                        ? BigDecimal.valueOf(points.getAsDouble())
                                                .setScale(2, RoundingMode.HALF_UP)
                                                .toPlainString()
                                        : "");
            }
            csv.append(',')
                    .append(row.score().toPlainString())
                    .append(',')
                    .append(row.rank())
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a CSV field when needed, and defuses leading formula characters for spreadsheets. */
    static String csvField(String value) {
        var text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** Writes the ranking down as the published results, once. */
    void freezeResults(long spaceId) {
        if (!stored(spaceId).isEmpty()) {
            return;
        }
        int last = currentRound(spaceId);
        var rounds = new ArrayList<List<ScoreSheet.Ranked>>();
        for (int round = 1; round <= last; round++) {
            rounds.add(rankRound(spaceId, round));
        }
        var standings = ScoreSheet.standings(rounds);
        if (standings.isEmpty()) {
            return;
        }
        var titles = entries.entries(spaceId).stream().collect(Collectors.toMap(EntrySummary::id, EntrySummary::title));
        standings.forEach(r -> em.persist(
                new Result(spaceId, r.entryId(), titles.get(r.entryId()), r.rank(), r.score(), r.tied(), r.jurors())));
        var votes = votes(spaceId);
        var lastRound = rounds.get(rounds.size() - 1).stream()
                .map(ScoreSheet.Ranked::entryId)
                .toList();
        for (var prize : prizes.stored(spaceId)) {
            prize.award(
                    standings,
                    votes,
                    prize.getImpact() == null ? Map.of() : impactScores(spaceId, lastRound, last, prize.getImpact()));
        }
    }

    /** Each entry's weighted mean on the criteria tied to one impact value, in the last round. */
    private Map<Long, BigDecimal> impactScores(long spaceId, List<Long> ids, int round, ImpactValue impact) {
        var weights = storedCriteria(spaceId).stream()
                .filter(c -> c.getImpact() == impact)
                .map(c -> new ScoreSheet.Weight(c.getId(), c.getWeight()))
                .toList();
        if (weights.isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        return ScoreSheet.rank(ids, weights, marks(ids, round), conflicts(ids)).stream()
                .filter(r -> r.jurors() > 0)
                .collect(Collectors.toMap(ScoreSheet.Ranked::entryId, ScoreSheet.Ranked::score));
    }

    /** The published results of a space with their pilots; empty until results are published. */
    public List<PublishedResult> results(long spaceId) {
        if (!existingJury(spaceId).resultsOut()) {
            return List.of();
        }
        var pilots = em.createNamedQuery(Pilot.OF_SPACE, Pilot.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .filter(p -> p.getEntryId() != null)
                .collect(Collectors.toMap(
                        Pilot::getEntryId,
                        p -> new PublishedResult.Pilot(
                                p.getId(),
                                p.getKind().name(),
                                p.getPartner(),
                                p.getBudgetEur(),
                                p.getStartsOn(),
                                p.getScaleUpPlan(),
                                p.getNextStep(),
                                p.getStage().name(),
                                p.getOutcome())));
        var votes = votes(spaceId);
        var prizeList = prizes.stored(spaceId);
        return stored(spaceId).stream()
                .map(r -> new PublishedResult(
                        r.getEntryId(),
                        r.getTitle(),
                        r.getPlace(),
                        r.getScore(),
                        r.isTied(),
                        r.getJurors(),
                        votes.getOrDefault(r.getEntryId(), 0L),
                        prizeList.stream()
                                .filter(p -> p.getWinners().contains(r.getEntryId()))
                                .map(Prize::getName)
                                .toList(),
                        pilots.get(r.getEntryId())))
                .toList();
    }

    public void offerPilot(long spaceId, long entryId, PilotForm form, Actor actor) {
        requireManager(spaceId, actor);
        if (form == null) {
            throw new DomainException(Kind.INVALID, "pilot.partner.required", "partner");
        }
        var result = stored(spaceId).stream()
                .filter(r -> r.getEntryId() == entryId)
                .findFirst()
                .orElse(null);
        if (result == null || !result.isWinner()) {
            throw new DomainException(Kind.CONFLICT, "pilot.winnersOnly");
        }
        pilots.offerForResult(
                spaceId,
                entryId,
                result.getTitle(),
                new Pilot.Terms(
                        form.kind(),
                        form.partner(),
                        form.budgetEur(),
                        form.startsOn(),
                        form.scaleUpPlan(),
                        form.nextStep()),
                entries.submitterOf(entryId).orElse(null),
                actor.accountId());
        entries.submitterOf(entryId)
                .ifPresent(submitter ->
                        activity.fire(new JudgingActivity.PilotOffered(spaceId, entryId, submitter, form.partner())));
    }

    /** Moves a winner's pilot or business case on, up to scale-up (or its stop) with the outcome. */
    public void moveFollowUp(
            long spaceId, long entryId, Pilot.Stage stage, String outcome, boolean gapsConfirmed, Actor actor) {
        requireManager(spaceId, actor);
        var pilot = em.createNamedQuery(Pilot.OF_SPACE, Pilot.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .filter(p -> p.getEntryId() != null && p.getEntryId() == entryId)
                .findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "pilot.notFound"));
        pilots.moveOn(pilot, stage, outcome, gapsConfirmed);
    }

    private List<Result> stored(long spaceId) {
        return em.createNamedQuery(Result.OF_SPACE, Result.class)
                .setParameter("space", spaceId)
                .getResultList();
    }

    private List<Criterion> storedCriteria(long spaceId) {
        return em.createNamedQuery(Criterion.OF_SPACE, Criterion.class)
                .setParameter("space", spaceId)
                .getResultList();
    }

    private List<ScoreSheet.Mark> marks(List<Long> entryIds, int round) {
        if (entryIds.isEmpty()) {
            return List.of(); // a space without entries yet: "IN ()" is not SQL
        }
        return em.createNamedQuery(Score.OF_ENTRIES, Score.class)
                .setParameter("entries", entryIds)
                .setParameter("round", round)
                .getResultStream()
                .map(Score::asMark)
                .toList();
    }

    private Set<ScoreSheet.Conflict> conflicts(List<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return new HashSet<>();
        }
        return em.createNamedQuery(ConflictOfInterest.OF_ENTRIES, ConflictOfInterest.class)
                .setParameter("entries", entryIds)
                .getResultStream()
                .map(ConflictOfInterest::asConflict)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Why the criteria cannot change now (a message key), or empty while they still may. */
    public Optional<String> criteriaLock(long spaceId) {
        return existingJury(spaceId).criteriaLock();
    }

    /** Adds one criterion at the end; entries' answers to the others stay as they are. */
    public long addCriterion(
            long spaceId, String name, String description, int weight, ImpactValue impact, Actor actor) {
        requireManager(spaceId, actor);
        jury(spaceId).requireCriteriaEditable();
        var criterion = new Criterion(
                spaceId,
                name,
                description,
                weight,
                impact,
                storedCriteria(spaceId).size());
        em.persist(criterion);
        em.flush();
        return criterion.getId();
    }

    public void removeCriterion(long spaceId, long criterionId, Actor actor) {
        requireManager(spaceId, actor);
        jury(spaceId).requireCriteriaEditable();
        storedCriteria(spaceId).stream()
                .filter(c -> c.getId() == criterionId)
                .findFirst()
                .ifPresent(em::remove);
    }

    /** The sum of the criteria's weights, shown beside them (each weighs its share of it). */
    public int weightSum(long spaceId) {
        return storedCriteria(spaceId).stream().mapToInt(Criterion::getWeight).sum();
    }

    /** The account ids of a space's jurors, in the order they were appointed. */
    public List<Long> jurors(long spaceId) {
        return em.createNamedQuery(Juror.OF_SPACE, Juror.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .map(Juror::getAccountId)
                .toList();
    }

    /** A conflict of interest, as the organisers' page lists it. */
    public record DeclaredConflict(long entryId, long jurorId) {}

    public List<DeclaredConflict> conflictsOf(long spaceId, Actor actor) {
        requireManager(spaceId, actor);
        var ids = entries.entries(spaceId).stream().map(EntrySummary::id).toList();
        return ids.isEmpty()
                ? List.of()
                : conflicts(ids).stream()
                        .map(c -> new DeclaredConflict(c.entryId(), c.jurorId()))
                        .sorted(Comparator.comparingLong(DeclaredConflict::entryId))
                        .toList();
    }

    /** Staff record a juror's conflict with an entry (the juror told them); the juror then does not score it. */
    public void declareConflictFor(long spaceId, long entryId, long jurorId, Actor actor) {
        requireManager(spaceId, actor);
        var entry = entries.find(entryId)
                .filter(e -> e.spaceId() == spaceId)
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "entry.notFound"));
        declareConflict(entry.id(), jurorId);
    }

    public boolean isJurorOf(long spaceId, long accountId) {
        return !em.createNamedQuery(Juror.ONE, Juror.class)
                .setParameter("space", spaceId)
                .setParameter("account", accountId)
                .getResultList()
                .isEmpty();
    }

    /** The space's jury as its rules see it; a space that is not there has no one on its jury. */
    private Jury jury(long spaceId) {
        return new Jury(spaceId, spaces.phaseOf(spaceId).orElse(null), jurors(spaceId));
    }

    private Jury existingJury(long spaceId) {
        var phase = spaces.phaseOf(spaceId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "space.notFound"));
        return new Jury(spaceId, phase, jurors(spaceId));
    }

    private void requireManager(long spaceId, Actor actor) {
        spaces.phaseOf(spaceId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "space.notFound"));
        if (actor == null || !spaces.mayManage(spaceId, actor)) {
            throw new DomainException(Kind.FORBIDDEN, "space.manage.forbidden");
        }
    }
}
