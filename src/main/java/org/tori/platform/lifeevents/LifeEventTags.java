package org.tori.platform.lifeevents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads which items carry which life event, for the lists' filters and the search documents. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LifeEventTags {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    public Set<Long> items(long lifeEventId, ItemKind kind) {
        return Set.copyOf(em.createNamedQuery(LifeEventTag.ITEMS, Long.class)
                .setParameter("event", lifeEventId)
                .setParameter("kind", kind)
                .getResultList());
    }

    /** The life events of one item, as the ids search keeps in its documents. */
    public List<String> eventsOf(ItemKind kind, long itemId) {
        return em.createNamedQuery(LifeEventTag.EVENTS_OF, Long.class)
                .setParameter("kind", kind)
                .setParameter("item", itemId)
                .getResultStream()
                .map(String::valueOf)
                .toList();
    }

    /** The life events of many items in one query, by item; an item without any is absent. */
    public Map<Long, List<String>> eventsOf(ItemKind kind, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(LifeEventTag.OF_ITEMS, LifeEventTag.class)
                .setParameter("kind", kind)
                .setParameter("items", itemIds)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        LifeEventTag::getItemId,
                        Collectors.mapping(t -> String.valueOf(t.getLifeEventId()), Collectors.toList())));
    }
}
