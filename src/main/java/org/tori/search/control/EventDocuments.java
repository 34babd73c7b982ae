package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tori.events.boundary.EventRow;
import org.tori.events.boundary.Events;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.time.ProgramTime;
import org.tori.search.entity.KnowledgeDocument;

/** Events of the calendar in the knowledge index (kind "event"): the calendar is public, so each is. */
@ApplicationScoped
public class EventDocuments implements NumberedKnowledgeSource {

    public static final String TYPE = "event";

    @Inject
    Events events;

    @Override
    public String type() {
        return TYPE;
    }

    public static String documentId(long eventId) {
        return TYPE + "-" + eventId;
    }

    @Override
    public Optional<Object> document(String id) {
        return DocumentSource.number(id).flatMap(events::find).map(EventDocuments::of);
    }

    @Override
    public List<String> allIds() {
        return DocumentSource.ids(events.ids());
    }

    /** The event as its page shows it; the place goes with the tags, so a search for the venue finds it. */
    static Object of(EventRow e) {
        var day = ProgramTime.dateOf(e.startsAt());
        return new KnowledgeDocument(
                TYPE,
                String.valueOf(e.id()),
                e.title(),
                e.summary(),
                e.place(),
                null,
                e.organisations(),
                e.language(),
                day.toString(),
                day.getYear(),
                e.themes(),
                null,
                e.valueStreams(),
                List.of(),
                Visibility.PUBLIC.name(),
                null,
                null,
                e.title() + " " + (e.summary() == null ? "" : e.summary()),
                null,
                null);
    }
}
