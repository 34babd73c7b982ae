package org.tori.stories.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.lifeevents.LifeEventFilter;

/** The public list of stories: a GET form of filters, so every filtered list is a shareable link. */
@Named
@RequestScoped
public class StoriesView {

    private static final int PAGE_SIZE = 12;

    @Inject
    Stories stories;

    @Inject
    LifeEventFilter lifeEvents;

    private String theme;
    private String valueStream;
    private String impact;
    private String city;
    private String lifeEvent;
    private int page;
    private StoryPage result;
    private boolean badFilter;
    private StoryPage featured;

    public void load() {
        try {
            var filter =
                    StoriesResource.filter(theme, valueStream, impact, city).withLifeEvent(lifeEvents.parse(lifeEvent));
            result = stories.list(filter, page, PAGE_SIZE);
        } catch (DomainException unknownFilterValue) {
            badFilter = true;
            result = stories.list(StoryFilter.any(), 0, PAGE_SIZE);
            // an unknown value in the address: the page says so, and answers as a bad request
            Page.faces().getExternalContext().setResponseStatus(400);
        }
    }

    /** The newest published stories for the home page carousel. */
    public StoryPage getFeatured() {
        if (featured == null) {
            featured = stories.list(StoryFilter.any(), 0, 5);
        }
        return featured;
    }

    public StoryPage getResult() {
        return result;
    }

    public boolean isBadFilter() {
        return badFilter;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getValueStream() {
        return valueStream;
    }

    public void setValueStream(String valueStream) {
        this.valueStream = valueStream;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getLifeEvent() {
        return lifeEvent;
    }

    public void setLifeEvent(String lifeEvent) {
        this.lifeEvent = lifeEvent;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
