package org.tori.judging.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.judging.entity.Juror;
import org.tori.spaces.boundary.MySpaces;
import org.tori.spaces.entity.Phase;

/** The spaces a member judges, with how far they are: what their own page shows as a duty. */
@ApplicationScoped
@Transactional
public class JuryDuties {

    /**
     * One space to judge: {@code scored} of {@code total} entries scored on every criterion (entries
     * with a declared conflict do not count); {@code due} while the space is judging.
     */
    public record Duty(
            long spaceId, String title, String phase, OffsetDateTime resultsAt, int scored, int total, boolean due) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Judging judging;

    @Inject
    MySpaces spaces;

    public List<Duty> of(long accountId) {
        var ids = em.createNamedQuery(Juror.OF_ACCOUNT, Juror.class)
                .setParameter("account", accountId)
                .setMaxResults(50)
                .getResultStream()
                .map(Juror::getSpaceId)
                .toList();
        return spaces.of(ids).stream()
                .map(space -> {
                    var resultsAt = "results".equals(space.next()) ? space.nextAt() : null;
                    if (!Phase.JUDGING.name().equals(space.phase())) {
                        return new Duty(space.id(), space.title(), space.phase(), resultsAt, 0, 0, false);
                    }
                    int criteria = judging.criteria(space.id()).size();
                    var assignments = judging.assignments(space.id(), accountId).stream()
                            .filter(a -> !a.conflict())
                            .toList();
                    int scored = (int) assignments.stream()
                            .filter(a -> criteria > 0 && a.myPoints().size() >= criteria)
                            .count();
                    return new Duty(
                            space.id(), space.title(), space.phase(), resultsAt, scored, assignments.size(), true);
                })
                .toList();
    }
}
