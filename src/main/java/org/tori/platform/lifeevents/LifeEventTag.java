package org.tori.platform.lifeevents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.io.Serializable;
import java.util.Objects;

/**
 * A life event concerns a lesson, a space or a story: only the two ids meet here, the life event
 * belongs to valuestreams and the item to its own feature.
 */
@Entity
@Table(name = "life_event_item")
@IdClass(LifeEventTag.Key.class)
@NamedQuery(name = LifeEventTag.OF_EVENTS, query = "SELECT t FROM LifeEventTag t WHERE t.lifeEventId IN :events")
@NamedQuery(
        name = LifeEventTag.ITEMS,
        query = "SELECT t.itemId FROM LifeEventTag t WHERE t.lifeEventId = :event AND t.itemKind = :kind")
@NamedQuery(
        name = LifeEventTag.EVENTS_OF,
        query = "SELECT t.lifeEventId FROM LifeEventTag t WHERE t.itemKind = :kind AND t.itemId = :item"
                + " ORDER BY t.lifeEventId")
@NamedQuery(
        name = LifeEventTag.OF_ITEMS,
        query = "SELECT t FROM LifeEventTag t WHERE t.itemKind = :kind AND t.itemId IN :items"
                + " ORDER BY t.itemId, t.lifeEventId")
public class LifeEventTag {

    public static final String OF_EVENTS = "LifeEventTag.ofEvents";
    /** The ids of the items of one kind tagged with one event. */
    public static final String ITEMS = "LifeEventTag.items";
    /** The ids of the events one item is tagged with. */
    public static final String EVENTS_OF = "LifeEventTag.eventsOf";
    /** The tags of many items of one kind. */
    public static final String OF_ITEMS = "LifeEventTag.ofItems";

    /** The tag's identity: event, kind and item. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long lifeEventId;
        private ItemKind itemKind;
        private Long itemId;

        public Key() {}

        public Key(long lifeEventId, ItemKind itemKind, long itemId) {
            this.lifeEventId = lifeEventId;
            this.itemKind = itemKind;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(lifeEventId, k.lifeEventId)
                    && itemKind == k.itemKind
                    && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lifeEventId, itemKind, itemId);
        }
    }

    /**
     * Items of the kind tagged with the event, as a subquery the lists of spaces and lessons add to
     * their own criteria: the filter stays one query, paging and counts included.
     */
    public static Predicate tagged(
            CriteriaBuilder cb, AbstractQuery<?> query, Expression<?> itemId, ItemKind kind, long eventId) {
        var sub = query.subquery(Long.class);
        var tag = sub.from(LifeEventTag.class);
        sub.select(tag.get("itemId"))
                .where(cb.equal(tag.get("lifeEventId"), eventId), cb.equal(tag.get("itemKind"), kind));
        return itemId.in(sub);
    }

    @Id
    @Column(name = "life_event_id")
    private Long lifeEventId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind")
    private ItemKind itemKind;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    protected LifeEventTag() {}

    public LifeEventTag(long lifeEventId, ItemKind kind, long itemId) {
        this.lifeEventId = lifeEventId;
        this.itemKind = Objects.requireNonNull(kind);
        this.itemId = itemId;
    }

    public long getLifeEventId() {
        return lifeEventId;
    }

    public ItemKind getItemKind() {
        return itemKind;
    }

    public long getItemId() {
        return itemId;
    }
}
