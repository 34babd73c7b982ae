package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.platform.i18n.Texts;

/** The entry form on a space's page. */
@Named
@RequestScoped
public class EntryView {

    @Inject
    Entries entries;
    @Inject
    ManagerContext member;
    @Inject
    FacesContext faces;
    @Inject
    SpaceView space;

    private final EntryForm form = new EntryForm();

    public void submit() throws IOException {
        long spaceId = space.getId();
        entries.submit(spaceId, form, member.actor().orElseThrow().accountId());
        var text = Texts.get(faces.getViewRoot().getLocale(), "entry.submitted");
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/spaces/space?id=" + spaceId);
        faces.responseComplete();
    }

    public EntryForm getForm() {
        return form;
    }
}
