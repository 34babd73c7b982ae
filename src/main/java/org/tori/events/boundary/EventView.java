package org.tori.events.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;

/** One event of the calendar: {@code /events/event?id=}. */
@Named
@RequestScoped
public class EventView {

    @Inject
    Events events;

    @Inject
    CurrentMember member;

    private EventRow event;

    @PostConstruct
    void read() {
        event = events.find(Page.id("id")).orElse(null);
    }

    public void load() throws IOException {
        if (event == null) {
            Page.notFound();
        }
    }

    public EventRow getEvent() {
        return event;
    }

    public boolean isStaff() {
        return member.isStaff();
    }
}
