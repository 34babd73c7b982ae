package org.tori.judging.entity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Phase;

/**
 * The judging of one space as its rules see it: the phase the space is in and who sits on its jury.
 * The boundary loads it, asks it whether a move is allowed (appoint, score, start a round, change
 * criteria, show results), then stores what it allows.
 */
public final class Jury {

    private static final Set<Phase> CRITERIA_EDITABLE =
            EnumSet.of(Phase.DRAFT, Phase.OPEN, Phase.SUBMISSION, Phase.SCREENING);
    private static final Set<Phase> RESULTS_OUT = EnumSet.of(Phase.RESULTS, Phase.ARCHIVED);

    /** Where an entry stands for one juror in the round being judged. */
    public record Standing(boolean judgeable, boolean inRound, boolean conflict) {}

    private final long spaceId;
    private final Phase phase;
    private final Set<Long> jurors;

    /**
     * @param phase the space's phase, or null for a space that is not there (no one sits on its jury)
     * @param jurors the account ids of the appointed jurors
     */
    public Jury(long spaceId, Phase phase, Collection<Long> jurors) {
        this.spaceId = spaceId;
        this.phase = phase;
        this.jurors = new LinkedHashSet<>(jurors);
    }

    public boolean sits(long accountId) {
        return jurors.contains(accountId);
    }

    public void requireJuror(long accountId) {
        if (!sits(accountId)) {
            throw new DomainException(Kind.FORBIDDEN, "juror.notAppointed");
        }
    }

    /** Staff appoint jurors; appointing someone who already sits changes nothing (empty). */
    public Optional<Juror> appoint(long accountId, boolean byStaff) {
        if (!byStaff) {
            throw new DomainException(Kind.FORBIDDEN, "juror.appoint.forbidden");
        }
        if (phase == null) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        if (!jurors.add(accountId)) {
            return Optional.empty();
        }
        return Optional.of(new Juror(spaceId, accountId));
    }

    /** Scores are given, and further rounds started, only while the space is judging. */
    public void requireJudging() {
        if (phase != Phase.JUDGING) {
            throw new DomainException(Kind.CONFLICT, "score.notJudging");
        }
    }

    /**
     * Checks a juror's points for one entry before any of them is stored: an appointed juror, a space
     * in judging, an eligible entry of the current round without a declared conflict, and a point for
     * every criterion (each 0 to 10, which {@link Score} checks as it takes them).
     */
    public void admitScores(long jurorId, Standing entry, Set<Long> criteria, Map<Long, Integer> points) {
        requireJuror(jurorId);
        requireJudging();
        if (!entry.judgeable()) {
            throw new DomainException(Kind.CONFLICT, "score.notEligible");
        }
        if (!entry.inRound()) {
            throw new DomainException(Kind.CONFLICT, "score.notInRound");
        }
        if (entry.conflict()) {
            throw new DomainException(Kind.CONFLICT, "score.conflict");
        }
        if (points == null || !criteria.equals(points.keySet())) {
            throw new DomainException(Kind.INVALID, "score.allCriteria", "points");
        }
    }

    /** Why the criteria cannot change now (a message key), or empty while they still may. */
    public Optional<String> criteriaLock() {
        return CRITERIA_EDITABLE.contains(phase) ? Optional.empty() : Optional.of("criteria.frozen");
    }

    public void requireCriteriaEditable() {
        if (criteriaLock().isPresent()) {
            throw new DomainException(Kind.CONFLICT, "criteria.frozen");
        }
    }

    /** Results are public once the space has moved to results (and stay so when it is archived). */
    public boolean resultsOut() {
        return RESULTS_OUT.contains(phase);
    }
}
