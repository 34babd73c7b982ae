package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Reader;
import org.tori.knowledge.entity.Visibility;

/** Lessons that other features point at by number (a story's sources): whether they exist, and their titles. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LessonReferences {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Lessons lessons;

    @Inject
    CurrentReader reader;

    /** A lesson to link to. */
    public record LessonLink(long id, String title, String city) implements Serializable {}

    private record Row(long id, String title, String city, LessonStatus status, Visibility visibility) {}

    /** The numbers among these that name no published lesson. */
    public List<Long> notPublished(Collection<Long> ids) {
        var rows = rows(ids);
        return ids.stream()
                .filter(id ->
                        id == null || !rows.containsKey(id) || rows.get(id).status() != LessonStatus.PUBLISHED)
                .toList();
    }

    /** The published lessons among these that anyone may read, in the order given. */
    public List<LessonLink> readableByAnyone(List<Long> ids) {
        var rows = rows(ids);
        return ids.stream()
                .map(rows::get)
                .filter(Objects::nonNull)
                .filter(r -> r.status() == LessonStatus.PUBLISHED && Reader.ANONYMOUS.mayRead(r.visibility()))
                .map(r -> new LessonLink(r.id(), r.title(), r.city()))
                .toList();
    }

    /** Published lessons the signed-in reader may read whose title holds the words (a picker's search). */
    public List<LessonLink> titled(String words, int max) {
        return lessons.titled(words, reader.get(), max).stream()
                .map(l -> new LessonLink(l.id(), l.title(), l.city()))
                .toList();
    }

    /** The published lessons among these, in the order given, with their titles (what a picker shows as chosen). */
    public List<LessonLink> published(List<Long> ids) {
        var rows = rows(ids);
        return ids.stream()
                .map(rows::get)
                .filter(Objects::nonNull)
                .filter(r -> r.status() == LessonStatus.PUBLISHED)
                .map(r -> new LessonLink(r.id(), r.title(), r.city()))
                .toList();
    }

    private Map<Long, Row> rows(Collection<Long> ids) {
        var found = new HashMap<Long, Row>();
        var wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return found;
        }
        em.createQuery(
                        "SELECT l.id, l.title, l.city, l.status, l.visibility FROM Lesson l WHERE l.id IN :ids",
                        Object[].class)
                .setParameter("ids", wanted)
                .getResultStream()
                .forEach(r -> found.put(
                        (Long) r[0],
                        new Row((Long) r[0], (String) r[1], (String) r[2], (LessonStatus) r[3], (Visibility) r[4])));
        return found;
    }
}
