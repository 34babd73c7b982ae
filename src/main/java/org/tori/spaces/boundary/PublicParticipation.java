package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.tori.spaces.entity.Phase;

/**
 * Public spaces (past their draft) by who organised them or whose teams people sat in: the trail an
 * organisation's page and a member's public profile show.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicParticipation {

    public record SpaceLink(long id, String title) implements Serializable {}

    private static final String ORGANISED = "SELECT s.id, s.title FROM Space s WHERE LOWER(s.organiser) = LOWER(:name)"
            + " AND s.phase <> org.tori.spaces.entity.Phase.DRAFT ORDER BY s.title";
    private static final String JOINED = "SELECT DISTINCT s.id, s.title FROM space s JOIN team t ON t.space_id = s.id"
            + " JOIN team_member m ON m.team_id = t.id WHERE m.account_id = ?1 AND m.status = 'MEMBER'"
            + " AND s.phase <> 'DRAFT'";

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    public List<SpaceLink> organisedBy(String organiser) {
        if (organiser == null || organiser.isBlank()) {
            return List.of();
        }
        return em
                .createQuery(ORGANISED, Object[].class)
                .setParameter("name", organiser.strip())
                .getResultList()
                .stream()
                .map(r -> new SpaceLink(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }

    /** Spaces in which one of these members sat in a team, by title. */
    public List<SpaceLink> joinedBy(Collection<Long> accounts) {
        var spaces = new TreeMap<Long, SpaceLink>();
        for (var account : accounts) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows =
                    em.createNativeQuery(JOINED).setParameter(1, account).getResultList();
            rows.forEach(r -> spaces.putIfAbsent(
                    ((Number) r[0]).longValue(), new SpaceLink(((Number) r[0]).longValue(), (String) r[1])));
        }
        return spaces.values().stream()
                .sorted(Comparator.comparing(SpaceLink::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Spaces open to take part in now, newest first. */
    public List<SpaceLink> open(int max) {
        return em
                .createQuery(
                        "SELECT s.id, s.title FROM Space s WHERE s.phase IN :phases ORDER BY s.id DESC", Object[].class)
                .setParameter("phases", List.of(Phase.OPEN, Phase.SUBMISSION))
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(r -> new SpaceLink(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }
}
