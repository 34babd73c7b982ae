package org.tori.stories.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.tori.platform.TrailItem;

/**
 * Published stories that tell of an organisation: they name it among their partners, cite one of the
 * lessons of its trail, or are the story of one of its pilots.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StoryTrail {

    private static final String PUBLISHED = " s.status = 'PUBLISHED'";
    private static final String NAMING =
            "SELECT s.id, s.title, s.partners FROM story s WHERE LOWER(s.partners) LIKE ?1 AND" + PUBLISHED;
    private static final String CITING = "SELECT DISTINCT s.id, s.title FROM story s JOIN story_lesson sl"
            + " ON sl.story_id = s.id WHERE sl.lesson_id = ?1 AND" + PUBLISHED;
    private static final String ONE = "SELECT s.id, s.title FROM story s WHERE s.id = ?1 AND" + PUBLISHED;

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    public List<TrailItem> of(String partner, Collection<Long> lessonIds, Collection<Long> storyIds) {
        var found = new TreeMap<Long, TrailItem>();
        if (partner != null && !partner.isBlank()) {
            var name = partner.strip().toLowerCase(Locale.ROOT);
            var like = "%" + name.replace("\\", "").replace("%", "").replace("_", "") + "%";
            for (var row : em.createNativeQuery(NAMING).setParameter(1, like).getResultList()) {
                var r = (Object[]) row;
                boolean named = Arrays.stream(String.valueOf(r[2]).split("[,;\\n]"))
                        .anyMatch(p -> p.strip().toLowerCase(Locale.ROOT).equals(name));
                if (named) {
                    add(r, found);
                }
            }
        }
        for (var lesson : lessonIds) {
            em.createNativeQuery(CITING).setParameter(1, lesson).getResultList().forEach(r -> add((Object[]) r, found));
        }
        for (var story : storyIds) {
            em.createNativeQuery(ONE).setParameter(1, story).getResultList().forEach(r -> add((Object[]) r, found));
        }
        return found.values().stream()
                .sorted(Comparator.comparing(TrailItem::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static void add(Object[] r, TreeMap<Long, TrailItem> found) {
        long id = ((Number) r[0]).longValue();
        found.putIfAbsent(id, new TrailItem(id, String.valueOf(r[1]), "/stories/story?id=" + id, null));
    }
}
