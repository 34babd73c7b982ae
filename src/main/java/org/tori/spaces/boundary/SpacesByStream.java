package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.ValueStream;

/**
 * Public spaces per value stream in one grouped query: all of them (what search indexes and counts),
 * those open now, and the living labs testing now.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SpacesByStream {

    private static final String COUNT = "SELECT v, s.kind, s.phase, COUNT(s) FROM Space s JOIN s.valueStreams v"
            + " WHERE s.phase <> org.tori.spaces.entity.Phase.DRAFT GROUP BY v, s.kind, s.phase";
    private static final String TITLES = "SELECT s.id, s.title FROM Space s WHERE s.id IN :ids"
            + " AND s.phase <> org.tori.spaces.entity.Phase.DRAFT ORDER BY s.title";

    public record Counts(long all, long open, long testingLabs) {
        Counts plus(SpaceKind kind, Phase phase, long n) {
            return new Counts(
                    all + n,
                    open + (phase == Phase.OPEN ? n : 0),
                    testingLabs + (kind == SpaceKind.LIVING_LAB && phase == Phase.TESTING ? n : 0));
        }
    }

    public record Titled(long id, String title) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    public Map<ValueStream, Counts> counts() {
        var counts = new EnumMap<ValueStream, Counts>(ValueStream.class);
        for (var row : em.createQuery(COUNT, Object[].class).getResultList()) {
            counts.merge(
                    (ValueStream) row[0],
                    new Counts(0, 0, 0).plus((SpaceKind) row[1], (Phase) row[2], ((Number) row[3]).longValue()),
                    (a, b) -> new Counts(a.all() + b.all(), a.open() + b.open(), a.testingLabs() + b.testingLabs()));
        }
        return counts;
    }

    private static final String OF_STREAM = "SELECT s.id, s.title FROM Space s JOIN s.valueStreams v WHERE v = :stream"
            + " AND s.phase <> org.tori.spaces.entity.Phase.DRAFT ORDER BY s.title";

    /** The public spaces of a stream, by title. */
    public List<Titled> ofStream(ValueStream stream) {
        return em.createQuery(OF_STREAM, Object[].class).setParameter("stream", stream).getResultList().stream()
                .map(row -> new Titled(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    /** Titles of public spaces, of those asked for. */
    public List<Titled> titles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(TITLES, Object[].class).setParameter("ids", ids).getResultList().stream()
                .map(row -> new Titled(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }
}
