package org.tori.ecosystem.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.ecosystem.entity.OrganisationKind;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.faces.Page;

/**
 * The organisation form: a company requests its page, staff create one or edit it ({@code ?id=}). A
 * refusal comes back at its field with everything typed kept.
 */
@Named
@ViewScoped
public class OrganisationEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    CurrentReader reader;

    @Inject
    CurrentMember member;

    private long id;
    private OrganisationForm form = new OrganisationForm();
    private List<OrganisationPage> requests = List.of();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        id = Page.optionalId("id").orElse(0L);
        if (id > 0) {
            if (!member.isStaff()) {
                Page.status(403);
                return;
            }
            if (organisations.page(id, reader.get()).isEmpty()) {
                Page.notFound();
                return;
            }
            form = organisations.form(id);
        }
        requests = member.id().map(organisations::requestsOf).orElse(List.of());
    }

    public void save() throws IOException {
        if (id > 0) {
            organisations.edit(id, form, reader.get());
            Page.done("organisation.saved", "/partners/organisation?id=" + id);
        } else if (member.isStaff()) {
            long created = organisations.create(form, reader.get());
            Page.done("organisation.created", "/partners/organisation?id=" + created);
        } else {
            organisations.request(form, member.id().orElseThrow());
            Page.done("organisation.requested", "/partners/request");
        }
    }

    public long getId() {
        return id;
    }

    public OrganisationForm getForm() {
        return form;
    }

    public List<OrganisationPage> getRequests() {
        return requests;
    }

    public boolean isStaff() {
        return member.isStaff();
    }

    public List<OrganisationKind> getKinds() {
        return List.of(OrganisationKind.values());
    }
}
