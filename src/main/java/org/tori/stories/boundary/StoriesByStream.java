package org.tori.stories.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tori.spaces.entity.ValueStream;

/** Published stories per value stream, in one grouped query. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StoriesByStream {

    private static final String COUNT = "SELECT s.valueStream, COUNT(s) FROM Story s"
            + " WHERE s.status = org.tori.stories.entity.StoryStatus.PUBLISHED AND s.valueStream IS NOT NULL GROUP BY s.valueStream";

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    private static final String TITLES = "SELECT s.id, s.title FROM Story s WHERE s.id IN :ids"
            + " AND s.status = org.tori.stories.entity.StoryStatus.PUBLISHED ORDER BY s.title";
    private static final String OF_STREAM = "SELECT s.id, s.title FROM Story s WHERE s.valueStream = :stream"
            + " AND s.status = org.tori.stories.entity.StoryStatus.PUBLISHED ORDER BY s.title";

    /** A published story's number and title. */
    public record Titled(long id, String title) {}

    /** Titles of published stories, of those asked for. */
    public List<Titled> titles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return titled(em.createQuery(TITLES, Object[].class).setParameter("ids", ids));
    }

    private static final String PUBLISHED = "SELECT s.id, s.title FROM Story s"
            + " WHERE s.status = org.tori.stories.entity.StoryStatus.PUBLISHED ORDER BY s.title";

    /** Every published story, by title. */
    public List<Titled> published() {
        return titled(em.createQuery(PUBLISHED, Object[].class));
    }

    /** The published stories of a stream, by title. */
    public List<Titled> ofStream(ValueStream stream) {
        return titled(em.createQuery(OF_STREAM, Object[].class).setParameter("stream", stream));
    }

    private static List<Titled> titled(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(row -> new Titled(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    public Map<ValueStream, Long> counts() {
        var counts = new EnumMap<ValueStream, Long>(ValueStream.class);
        em.createQuery(COUNT, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((ValueStream) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
