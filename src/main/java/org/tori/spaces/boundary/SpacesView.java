package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.lifeevents.LifeEventFilter;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The public list of spaces: a GET form of filters, so every filtered list is a shareable link. */
@Named
@RequestScoped
public class SpacesView {

    private static final int PAGE_SIZE = 12;

    @Inject
    Spaces spaces;

    @Inject
    CurrentMember member;

    @Inject
    LifeEventFilter lifeEvents;

    private String kind;
    private String phase;
    private String theme;
    private String domain;
    private String valueStream;
    private String city;
    private String lifeEvent;
    private int page;
    private SpacePage result;
    private boolean badFilter;

    public void load() {
        try {
            var filter = new SpaceFilter(
                    SpacesResource.value(SpaceKind.class, kind, "kind"),
                    SpacesResource.value(Phase.class, phase, "phase"),
                    SpacesResource.value(Theme.class, theme, "theme"),
                    SpacesResource.value(CityDomain.class, domain, "domain"),
                    SpacesResource.value(ValueStream.class, valueStream, "valueStream"),
                    city,
                    lifeEvents.parse(lifeEvent));
            result = spaces.list(filter, page, PAGE_SIZE, member.actor().orElse(null));
        } catch (DomainException unknownFilterValue) {
            badFilter = true;
            result = spaces.list(SpaceFilter.any(), 0, PAGE_SIZE, null);
            // an unknown value in the address: the page says so, and answers as a bad request
            Page.faces().getExternalContext().setResponseStatus(400);
        }
    }

    public SpacePage getResult() {
        return result;
    }

    public boolean isBadFilter() {
        return badFilter;
    }

    public boolean isMayCreate() {
        return member.actor().map(a -> !Spaces.creatableKinds(a).isEmpty()).orElse(false);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getValueStream() {
        return valueStream;
    }

    public void setValueStream(String valueStream) {
        this.valueStream = valueStream;
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
