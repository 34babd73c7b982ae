package org.tori.events.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.ecosystem.boundary.OrganisationNames;
import org.tori.events.entity.EventKind;
import org.tori.events.entity.Participation;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/** The staff page where an event is written ({@code ?id=} to edit one). A refusal stays on the page with what was typed. */
@Named
@ViewScoped
public class EventEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Events events;

    @Inject
    CurrentMember member;

    @Inject
    OrganisationNames organisationNames;

    private long id;
    private EventForm form = new EventForm();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        id = Page.optionalId("id").orElse(0L);
        if (id > 0) {
            try {
                form = events.form(id, actor());
                form.sortOrganisations(organisationNames.getAll());
            } catch (DomainException notFound) {
                Page.notFound();
            }
        }
    }

    public void save() throws IOException {
        try {
            if (id > 0) {
                events.edit(id, form, actor());
            } else {
                id = events.create(form, actor());
            }
        } catch (DomainException e) {
            Page.refused(e);
            return;
        }
        Page.done("events.editor.saved", "/events/event?id=" + id);
    }

    private Events.Actor actor() {
        return new Events.Actor(member.id().orElseThrow(), member.isStaff());
    }

    public long getId() {
        return id;
    }

    public EventForm getForm() {
        return form;
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public List<Participation> getParticipations() {
        return List.of(Participation.values());
    }
}
