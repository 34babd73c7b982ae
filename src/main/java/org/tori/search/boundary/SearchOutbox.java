package org.tori.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.tori.accounts.entity.ProfileChanged;
import org.tori.ecosystem.entity.OrganisationChanged;
import org.tori.events.entity.CalendarEventChanged;
import org.tori.knowledge.entity.LessonChanged;
import org.tori.news.entity.NewsChanged;
import org.tori.pilots.entity.PilotChanged;
import org.tori.platform.lifeevents.LifeEventTagged;
import org.tori.roadmap.entity.RoadmapItemChanged;
import org.tori.search.control.EventDocuments;
import org.tori.search.control.LessonDocuments;
import org.tori.search.control.NewsDocuments;
import org.tori.search.control.OrganisationDocuments;
import org.tori.search.control.PilotDocuments;
import org.tori.search.control.ProfileDocuments;
import org.tori.search.control.RoadmapDocuments;
import org.tori.search.control.SpaceDocuments;
import org.tori.search.entity.IndexChange;
import org.tori.spaces.entity.SpaceChanged;

/**
 * Writes "reindex this" into the outbox inside the transaction of the change itself (the events
 * are observed synchronously, before commit): the change and the promise to index it commit or
 * roll back together.
 */
@ApplicationScoped
public class SearchOutbox {

    /** Fired after an index change was queued, so the worker can carry it at once. */
    public record Queued() {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Queued> queued;

    @Transactional(Transactional.TxType.MANDATORY)
    void profileChanged(@Observes ProfileChanged event) {
        enqueue(ProfileDocuments.TYPE, String.valueOf(event.accountId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void spaceChanged(@Observes SpaceChanged event) {
        enqueue(SpaceDocuments.TYPE, String.valueOf(event.spaceId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lessonChanged(@Observes LessonChanged event) {
        enqueue(LessonDocuments.TYPE, String.valueOf(event.lessonId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void organisationChanged(@Observes OrganisationChanged event) {
        enqueue(OrganisationDocuments.TYPE, String.valueOf(event.id()));
    }

    void roadmapItemChanged(@Observes RoadmapItemChanged event) {
        enqueue(RoadmapDocuments.TYPE, String.valueOf(event.itemId()));
    }

    /** Stories are not in the index: a tagged story needs nothing here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lifeEventTagged(@Observes LifeEventTagged event) {
        switch (event.kind()) {
            case SPACE -> enqueue(SpaceDocuments.TYPE, String.valueOf(event.itemId()));
            case LESSON -> enqueue(LessonDocuments.TYPE, String.valueOf(event.itemId()));
            case STORY -> {}
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void newsChanged(@Observes NewsChanged event) {
        enqueue(NewsDocuments.TYPE, String.valueOf(event.newsId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void calendarEventChanged(@Observes CalendarEventChanged event) {
        enqueue(EventDocuments.TYPE, String.valueOf(event.eventId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void pilotChanged(@Observes PilotChanged event) {
        enqueue(PilotDocuments.TYPE, String.valueOf(event.pilotId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String type, String id) {
        em.persist(new IndexChange(type, id, OffsetDateTime.now(clock)));
        queued.fire(new Queued());
    }
}
