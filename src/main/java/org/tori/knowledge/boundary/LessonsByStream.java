package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tori.knowledge.entity.Reader;
import org.tori.spaces.entity.ValueStream;

/**
 * Published lessons and practices per value stream, as the reader may read them: the same records
 * search counts in its facet (a restricted lesson is counted only for those who may read it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LessonsByStream {

    private static final String COUNT = "SELECT v, l.practice, COUNT(l) FROM Lesson l"
            + " JOIN l.valueStreams v WHERE l.status = org.tori.knowledge.entity.LessonStatus.PUBLISHED"
            + " AND l.visibility IN :visibilities GROUP BY v, l.practice";
    private static final String TITLES = "SELECT l.id, l.title FROM Lesson l WHERE l.id IN :ids"
            + " AND l.status = org.tori.knowledge.entity.LessonStatus.PUBLISHED AND l.visibility IN :visibilities ORDER BY l.title";

    /** Lessons and, of them, practices per stream. */
    public record Counts(long lessons, long practices) {}

    /** Titles of lessons the reader may read, of those asked for. */
    public record Titled(long id, String title) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    public Map<ValueStream, Counts> counts(Reader reader) {
        var counts = new EnumMap<ValueStream, Counts>(ValueStream.class);
        // grouped by the practice flag rather than a CASE on it: on H2, EclipseLink writes the flag as 1,
        // which H2 refuses to compare with a boolean column
        em.createQuery(COUNT, Object[].class)
                .setParameter("visibilities", reader.readable())
                .getResultList()
                .forEach(row -> {
                    long n = ((Number) row[2]).longValue();
                    boolean practice = Boolean.TRUE.equals(row[1]);
                    counts.merge(
                            (ValueStream) row[0],
                            new Counts(n, practice ? n : 0),
                            (a, b) -> new Counts(a.lessons() + b.lessons(), a.practices() + b.practices()));
                });
        return counts;
    }

    private static final String OF_STREAM = "SELECT l.id, l.title FROM Lesson l JOIN l.valueStreams v WHERE v = :stream"
            + " AND l.status = org.tori.knowledge.entity.LessonStatus.PUBLISHED AND l.visibility IN :visibilities ORDER BY l.title";

    private static final String READABLE = "SELECT l.id, l.title FROM Lesson l"
            + " WHERE l.status = org.tori.knowledge.entity.LessonStatus.PUBLISHED AND l.visibility IN :visibilities ORDER BY l.title";

    /** Every published lesson the reader may read, by title (one query, whatever their number). */
    public List<Titled> readable(Reader reader) {
        return em
                .createQuery(READABLE, Object[].class)
                .setParameter("visibilities", reader.readable())
                .getResultList()
                .stream()
                .map(row -> new Titled(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    /** The published lessons of a stream the reader may read, by title. */
    public List<Titled> ofStream(ValueStream stream, Reader reader) {
        return em
                .createQuery(OF_STREAM, Object[].class)
                .setParameter("stream", stream)
                .setParameter("visibilities", reader.readable())
                .getResultList()
                .stream()
                .map(row -> new Titled(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    public List<Titled> titles(Collection<Long> ids, Reader reader) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(TITLES, Object[].class)
                .setParameter("ids", ids)
                .setParameter("visibilities", reader.readable())
                .getResultList()
                .stream()
                .map(row -> new Titled(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }
}
