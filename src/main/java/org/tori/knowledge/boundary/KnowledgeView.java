package org.tori.knowledge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.lifeevents.LifeEventFilter;

/**
 * The knowledge base's front page: a search box and the newest lessons the reader may read,
 * narrowed to one life event by a GET filter (a shareable link).
 */
@Named
@RequestScoped
public class KnowledgeView {

    private static final int LATEST = 20;

    @Inject
    Lessons lessons;

    @Inject
    CurrentReader reader;

    @Inject
    LifeEventFilter lifeEvents;

    private String lifeEvent;
    private Long lifeEventId;
    private boolean badFilter;
    private List<LessonSummary> latest;

    public void load() {
        lifeEvent = Page.param(LifeEventFilter.PARAM);
        try {
            lifeEventId = lifeEvents.parse(lifeEvent);
        } catch (DomainException unknownLifeEvent) {
            badFilter = true;
            // an unknown value in the address: the page says so, and answers as a bad request
            Page.faces().getExternalContext().setResponseStatus(400);
        }
    }

    public List<LessonSummary> getLatest() {
        if (latest == null) {
            latest = lifeEventId == null
                    ? lessons.latest(reader.get(), LATEST)
                    : lessons.latest(reader.get(), LATEST, lifeEventId);
        }
        return latest;
    }

    public String getLifeEvent() {
        return lifeEvent;
    }

    public boolean isFiltered() {
        return lifeEventId != null;
    }

    public boolean isBadFilter() {
        return badFilter;
    }

    public boolean isWriter() {
        return reader.get().partner() || reader.get().staff();
    }

    public boolean isStaff() {
        return reader.get().staff();
    }
}
