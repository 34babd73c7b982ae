package org.tori.consultations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/**
 * Takes the plain comment forms of the consultation panel (the space page keeps no view state) and
 * goes back to the section on the space page, with what happened as a message.
 */
@Named
@RequestScoped
public class ConsultationCommentView {

    @Inject
    Consultations consultations;

    @Inject
    CurrentMember member;

    public void post() throws IOException {
        long space = Page.id("id");
        long section = Page.optionalId("section").orElse(0L);
        long version = Page.optionalId("version").orElse(0L);
        var actor = member.actor();
        String anchor = "";
        if (Page.posted() && section > 0 && actor.isPresent()) {
            anchor = "#section-" + section;
            try {
                long id = consultations.comment(
                        space, section, Page.param("body"), actor.get().accountId());
                anchor = "#remark-" + id;
                Page.info("consultation.comment.saved");
            } catch (DomainException refused) {
                Page.message(FacesMessage.SEVERITY_ERROR, refused.key());
                Page.keepTyped("section", "body");
            }
        }
        Page.redirect("/spaces/space?id=" + space + (version > 0 ? "&version=" + version : "") + anchor);
    }
}
