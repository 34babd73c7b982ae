package org.tori.judging.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.tori.platform.TrailItem;

/**
 * The entries these members sent (alone or in a team) as the published results list them: results are
 * public once a space publishes them, entries before that are not. The detail is the entry's place.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JudgingTrail {

    /** Places that count as a win in an organisation's trail. */
    public static final int PLACED = 3;

    private static final String RESULTS = "SELECT DISTINCT r.entry_id, r.title, r.place, s.id, s.title FROM result r"
            + " JOIN entry e ON e.id = r.entry_id JOIN space s ON s.id = r.space_id"
            + " LEFT JOIN team_member m ON m.team_id = e.team_id AND m.status = 'MEMBER'"
            + " WHERE e.submitter_id = ?1 OR m.account_id = ?1";

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    /** Every ranked entry of these members, best place first; each links to its space's results. */
    public List<TrailItem> resultsOf(Collection<Long> accounts) {
        var found = new TreeMap<Long, TrailItem>();
        for (var account : accounts) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows =
                    em.createNativeQuery(RESULTS).setParameter(1, account).getResultList();
            for (var r : rows) {
                long entry = ((Number) r[0]).longValue();
                found.putIfAbsent(
                        entry,
                        new TrailItem(
                                entry,
                                r[1] + " (" + r[4] + ")",
                                "/spaces/space?id=" + ((Number) r[3]).longValue() + "#results-heading",
                                String.valueOf(((Number) r[2]).intValue())));
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing((TrailItem t) -> Integer.parseInt(t.detail()))
                        .thenComparing(TrailItem::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
