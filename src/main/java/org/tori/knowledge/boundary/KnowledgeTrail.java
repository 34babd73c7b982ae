package org.tori.knowledge.boundary;

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
 * Public lessons (published, readable by anyone) that members wrote or that name an organisation, and
 * the practices members' cities adopted (adoptions are open data): an organisation's trail in the
 * knowledge base. The detail is the city.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KnowledgeTrail {

    private static final String PUBLIC = " l.status = 'PUBLISHED' AND l.visibility = 'PUBLIC'";
    private static final String BY_AUTHOR =
            "SELECT l.id, l.title, l.city FROM lesson l WHERE l.author_id = ?1 AND" + PUBLIC;
    private static final String BY_ORGANISATION =
            "SELECT l.id, l.title, l.city FROM lesson l WHERE LOWER(l.organisation) = LOWER(?1) AND" + PUBLIC;
    private static final String ADOPTED = "SELECT a.id, l.title, a.city, l.id FROM lesson_adoption a"
            + " JOIN lesson l ON l.id = a.lesson_id WHERE a.account_id = ?1 AND" + PUBLIC;

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    public List<TrailItem> lessonsOf(Collection<Long> authors, String organisation) {
        var found = new TreeMap<Long, TrailItem>();
        for (var author : authors) {
            lessons(em.createNativeQuery(BY_AUTHOR).setParameter(1, author).getResultList(), found);
        }
        if (organisation != null && !organisation.isBlank()) {
            lessons(
                    em.createNativeQuery(BY_ORGANISATION)
                            .setParameter(1, organisation.strip())
                            .getResultList(),
                    found);
        }
        return sorted(found);
    }

    /** Practices the members recorded as adopted by their city; each links to the practice. */
    public List<TrailItem> adoptionsOf(Collection<Long> accounts) {
        var found = new TreeMap<Long, TrailItem>();
        for (var account : accounts) {
            for (var row :
                    em.createNativeQuery(ADOPTED).setParameter(1, account).getResultList()) {
                var r = (Object[]) row;
                long id = ((Number) r[0]).longValue();
                found.putIfAbsent(
                        id,
                        new TrailItem(
                                id,
                                String.valueOf(r[1]),
                                "/knowledge/lesson?id=" + ((Number) r[3]).longValue(),
                                (String) r[2]));
            }
        }
        return sorted(found);
    }

    private static void lessons(List<?> rows, TreeMap<Long, TrailItem> found) {
        for (var row : rows) {
            var r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            found.putIfAbsent(id, new TrailItem(id, String.valueOf(r[1]), "/knowledge/lesson?id=" + id, (String) r[2]));
        }
    }

    private static List<TrailItem> sorted(TreeMap<Long, TrailItem> found) {
        return found.values().stream()
                .sorted(Comparator.comparing(TrailItem::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
