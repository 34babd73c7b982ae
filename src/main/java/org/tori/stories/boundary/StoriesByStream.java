package org.tori.stories.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
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

    public Map<ValueStream, Long> counts() {
        var counts = new EnumMap<ValueStream, Long>(ValueStream.class);
        em.createQuery(COUNT, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((ValueStream) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
