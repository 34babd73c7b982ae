package org.tori.valuestreams.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A life event concerns a lesson or a space; the item itself lives in its own feature. */
@Entity
@Table(name = "life_event_item")
@IdClass(LifeEventTag.Key.class)
@NamedQuery(name = LifeEventTag.OF_EVENTS, query = "SELECT t FROM LifeEventTag t WHERE t.lifeEventId IN :events")
public class LifeEventTag {

    public static final String OF_EVENTS = "LifeEventTag.ofEvents";

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

    public LifeEventTag(LifeEvent event, ItemKind kind, long itemId) {
        this.lifeEventId = Objects.requireNonNull(event.getId());
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
