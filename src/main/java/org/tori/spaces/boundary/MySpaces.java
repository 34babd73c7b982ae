package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.entity.Entry;
import org.tori.spaces.entity.Milestone;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.Space;
import org.tori.spaces.entity.Team;

/**
 * One member's part in the spaces, for their own page (My Tori): the spaces they joined with what
 * comes next, their teams with what waits for an answer, and their entries with the screening.
 * The home page's lists of open and soon opening spaces live here too: both read spaces by date.
 */
@ApplicationScoped
@Transactional
public class MySpaces {

    /**
     * A space with its next date: {@code next} names it (opens, closes, results) or is null when none is
     * ahead; {@code nextLabel} is the bundle key of that step in the space's own calendar (a living lab's
     * test window closes, a consultation's comments close), so every page says it in the same words.
     */
    public record Dated(
            long id,
            String kind,
            String phase,
            String title,
            String summary,
            String city,
            String next,
            OffsetDateTime nextAt,
            long daysLeft,
            String nextLabel) {}

    /** A team of the member: captains see join requests waiting; an invitation waits for the member's own answer. */
    public record MyTeam(
            long id,
            String name,
            long spaceId,
            String spaceTitle,
            boolean captain,
            int members,
            int maxSize,
            int requests,
            boolean invited) {}

    /** An entry the member submitted, alone or as a team. */
    public record MyEntry(
            long id,
            String title,
            long spaceId,
            String spaceTitle,
            String phase,
            String screening,
            String screeningReason,
            OffsetDateTime submittedAt,
            String screeningKey) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    /** The public spaces the member takes part in, the ones still running first. */
    public List<Dated> joined(long accountId) {
        var spaces = em.createQuery(
                        "SELECT s FROM Space s JOIN s.participants p WHERE p = :account ORDER BY s.id DESC",
                        Space.class)
                .setParameter("account", accountId)
                .setMaxResults(100)
                .getResultList();
        var now = OffsetDateTime.now(clock);
        return spaces.stream()
                .filter(s -> s.getPhase().isPublic())
                .map(s -> dated(s, now))
                .sorted(Comparator.comparing((Dated d) -> d.phase().equals(Phase.ARCHIVED.name())))
                .toList();
    }

    /** Spaces taking part now (open, submissions), the soonest deadline first. */
    public List<Dated> open(int max) {
        var now = OffsetDateTime.now(clock);
        return em.createQuery(
                        "SELECT s FROM Space s WHERE s.phase IN :phases"
                                + " AND (s.submissionDeadline IS NULL OR s.submissionDeadline > :now) ORDER BY s.submissionDeadline, s.id",
                        Space.class)
                .setParameter("phases", List.of(Phase.OPEN, Phase.SUBMISSION, Phase.TESTING))
                .setParameter("now", now)
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultStream()
                .filter(s -> s.getOpensAt() == null || !s.getOpensAt().isAfter(now))
                .map(s -> dated(s, now))
                .toList();
    }

    /** Published spaces whose opening date is still ahead, the soonest first. */
    public List<Dated> openingSoon(int max) {
        var now = OffsetDateTime.now(clock);
        return em.createQuery(
                        "SELECT s FROM Space s WHERE s.phase = :phase AND s.opensAt > :now ORDER BY s.opensAt, s.id",
                        Space.class)
                .setParameter("phase", Phase.OPEN)
                .setParameter("now", now)
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultStream()
                .map(s -> dated(s, now))
                .toList();
    }

    public List<MyTeam> teams(long accountId) {
        var teams = em.createNamedQuery(Team.OF_PERSON, Team.class)
                .setParameter("account", accountId)
                .getResultList();
        var titles = titles(teams.stream().map(Team::getSpaceId).toList());
        return teams.stream()
                .map(t -> {
                    var people = t.getPeople();
                    int requests = t.getCaptainId() == accountId
                            ? (int) people.values().stream()
                                    .filter(m -> m == Team.Membership.REQUESTED)
                                    .count()
                            : 0;
                    return new MyTeam(
                            t.getId(),
                            t.getName(),
                            t.getSpaceId(),
                            titles.get(t.getSpaceId()),
                            t.getCaptainId() == accountId,
                            t.members(),
                            t.getMaxSize(),
                            requests,
                            people.get(accountId) == Team.Membership.INVITED);
                })
                .filter(t -> t.spaceTitle() != null)
                .toList();
    }

    /** Entries the member submitted or that their team submitted. */
    public List<MyEntry> entries(long accountId) {
        var teamIds = em.createNamedQuery(Team.OF_PERSON, Team.class)
                .setParameter("account", accountId)
                .getResultStream()
                .filter(t -> t.isMember(accountId))
                .map(Team::getId)
                .toList();
        var entries = new ArrayList<>(
                em.createQuery("SELECT e FROM Entry e WHERE e.submitterId = :account ORDER BY e.id DESC", Entry.class)
                        .setParameter("account", accountId)
                        .getResultList());
        if (!teamIds.isEmpty()) {
            em.createQuery("SELECT e FROM Entry e WHERE e.teamId IN :teams ORDER BY e.id DESC", Entry.class)
                    .setParameter("teams", teamIds)
                    .getResultStream()
                    .filter(e -> entries.stream().noneMatch(x -> x.getId().equals(e.getId())))
                    .forEach(entries::add);
        }
        var spaces = new HashMap<Long, Space>();
        entries.stream().map(Entry::getSpaceId).distinct().forEach(id -> spaces.put(id, em.find(Space.class, id)));
        return entries.stream()
                .filter(e -> spaces.get(e.getSpaceId()) != null)
                .map(e -> {
                    var space = spaces.get(e.getSpaceId());
                    return new MyEntry(
                            e.getId(),
                            e.getTitle(),
                            space.getId(),
                            space.getTitle(),
                            space.getPhase().name(),
                            e.getScreening().name(),
                            e.getScreeningReason(),
                            e.getSubmittedAt(),
                            e.getScreening().labelKey(space.isScreeningOver()));
                })
                .toList();
    }

    /** Titles and phases of the given spaces, for other features' lists (a jury duty, a follow). */
    public List<Dated> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var now = OffsetDateTime.now(clock);
        return em.createQuery("SELECT s FROM Space s WHERE s.id IN :ids ORDER BY s.id DESC", Space.class)
                .setParameter("ids", ids)
                .getResultStream()
                .filter(s -> s.getPhase().isPublic())
                .map(s -> dated(s, now))
                .toList();
    }

    private HashMap<Long, String> titles(List<Long> ids) {
        var titles = new HashMap<Long, String>();
        of(ids.stream().distinct().toList()).forEach(d -> titles.put(d.id(), d.title()));
        return titles;
    }

    Dated dated(Space s, OffsetDateTime now) {
        String next = null;
        OffsetDateTime at = null;
        if (s.getPhase() == Phase.ARCHIVED) {
            next = null;
        } else if (s.getOpensAt() != null && s.getOpensAt().isAfter(now)) {
            next = "opens";
            at = s.getOpensAt();
        } else if (s.getSubmissionDeadline() != null
                && s.getSubmissionDeadline().isAfter(now)
                && (s.getPhase() == Phase.OPEN || s.getPhase() == Phase.SUBMISSION || s.getPhase() == Phase.TESTING)) {
            next = "closes";
            at = s.getSubmissionDeadline();
        } else if (s.getResultsAt() != null && s.getResultsAt().isAfter(now) && s.getPhase() != Phase.RESULTS) {
            next = "results";
            at = s.getResultsAt();
        }
        final OffsetDateTime when = at;
        String label = when == null
                ? null
                : s.calendar(now).stream()
                        .filter(step -> step.state() == Milestone.State.UPCOMING && when.equals(step.at()))
                        .map(Milestone.Dated::labelKey)
                        .findFirst()
                        .orElse(null);
        var here = ProgramTime.zone();
        long days = at == null
                ? -1
                : ChronoUnit.DAYS.between(
                        now.atZoneSameInstant(here).toLocalDate(),
                        at.atZoneSameInstant(here).toLocalDate());
        return new Dated(
                s.getId(),
                s.getKind().name(),
                s.getPhase().name(),
                s.getTitle(),
                s.getSummary(),
                s.getCity(),
                next,
                at,
                days,
                label);
    }
}
