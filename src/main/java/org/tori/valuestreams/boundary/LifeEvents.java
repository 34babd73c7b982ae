package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.accounts.boundary.Actor;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.lifeevents.ItemKind;
import org.tori.platform.lifeevents.LifeEventTag;
import org.tori.platform.lifeevents.LifeEventTagged;
import org.tori.spaces.entity.ValueStream;
import org.tori.valuestreams.entity.LifeEvent;

/** Staff keep the life events of each stream and say which lessons and spaces concern each. */
@ApplicationScoped
@Transactional
public class LifeEvents {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<LifeEventTagged> tagged;

    public long create(
            ValueStream stream, String nameFi, String nameEn, String nameSv, String description, Actor actor) {
        staffOnly(actor);
        var event = new LifeEvent(stream, nameFi, nameEn, nameSv, description, OffsetDateTime.now(clock));
        em.persist(event);
        em.flush();
        return event.getId();
    }

    /** Tags a lesson or space with the event; tagging twice changes nothing. */
    public void tag(long eventId, ItemKind kind, long itemId, Actor actor) {
        staffOnly(actor);
        var event = em.find(LifeEvent.class, eventId);
        if (event == null) {
            throw new DomainException(Kind.NOT_FOUND, "lifeEvent.notFound", "event");
        }
        if (kind == null) {
            throw new DomainException(Kind.INVALID, "lifeEvent.kind.required", "kind");
        }
        var tag = new LifeEventTag(event.getId(), kind, itemId);
        if (em.find(LifeEventTag.class, key(tag)) == null) {
            em.persist(tag);
            tagged.fire(new LifeEventTagged(event.getId(), kind, itemId));
        }
    }

    /** The events of all streams, for the open data. */
    public List<LifeEvent> all() {
        return em.createNamedQuery(LifeEvent.ALL, LifeEvent.class).getResultList();
    }

    private static LifeEventTag.Key key(LifeEventTag tag) {
        return new LifeEventTag.Key(tag.getLifeEventId(), tag.getItemKind(), tag.getItemId());
    }

    private static void staffOnly(Actor actor) {
        if (actor == null || !actor.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "lifeEvent.staffOnly");
        }
    }
}
