package org.tori.pilots.boundary;

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
 * Pilots (public, as in open data) that an organisation ran as their partner or that its members ran:
 * as the pilot's company or as the author of the winning entry behind it. The detail is the stage.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PilotTrail {

    private static final String SELECT = "SELECT DISTINCT p.id, COALESCE(p.origin_title, e.title), p.stage, p.story_id"
            + " FROM pilot p LEFT JOIN entry e ON e.id = p.entry_id"
            + " LEFT JOIN team_member m ON m.team_id = e.team_id AND m.status = 'MEMBER'";
    private static final String OF_MEMBER =
            SELECT + " WHERE p.company_id = ?1 OR e.submitter_id = ?1 OR m.account_id = ?1";
    private static final String OF_PARTNER = SELECT + " WHERE LOWER(p.partner) = LOWER(?1)";

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    /** A pilot of the trail, with the story it led to (or null). */
    public record TrailPilot(TrailItem item, Long storyId) {}

    public List<TrailPilot> of(Collection<Long> accounts, String partner) {
        var found = new TreeMap<Long, TrailPilot>();
        for (var account : accounts) {
            collect(em.createNativeQuery(OF_MEMBER).setParameter(1, account).getResultList(), found);
        }
        if (partner != null && !partner.isBlank()) {
            collect(
                    em.createNativeQuery(OF_PARTNER)
                            .setParameter(1, partner.strip())
                            .getResultList(),
                    found);
        }
        return found.values().stream()
                .sorted(Comparator.comparing(p -> p.item().title(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static void collect(List<?> rows, TreeMap<Long, TrailPilot> found) {
        for (var row : rows) {
            var r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            found.putIfAbsent(
                    id,
                    new TrailPilot(
                            new TrailItem(id, String.valueOf(r[1]), "/pilots/pilot?id=" + id, String.valueOf(r[2])),
                            r[3] == null ? null : ((Number) r[3]).longValue()));
        }
    }
}
