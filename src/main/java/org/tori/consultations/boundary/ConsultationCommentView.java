package org.tori.consultations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Texts;
import org.tori.spaces.boundary.ManagerContext;

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
    ManagerContext member;
    @Inject
    FacesContext faces;

    public void post() throws IOException {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        long space = number(request.getParameter("id"));
        long section = number(request.getParameter("section"));
        long version = number(request.getParameter("version"));
        var actor = member.actor();
        String anchor = "";
        if ("POST".equals(request.getMethod()) && space > 0 && section > 0 && actor.isPresent()) {
            anchor = "#section-" + section;
            try {
                long id = consultations.comment(space, section, request.getParameter("body"), actor.get().accountId());
                anchor = "#remark-" + id;
                message(FacesMessage.SEVERITY_INFO, "consultation.comment.saved");
            } catch (DomainException refused) {
                message(FacesMessage.SEVERITY_ERROR, refused.key());
            }
        }
        var external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/spaces/space?id=" + space
                + (version > 0 ? "&version=" + version : "") + anchor);
        faces.responseComplete();
    }

    private void message(FacesMessage.Severity severity, String key) {
        var text = Texts.get(faces.getViewRoot().getLocale(), key);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    private static long number(String raw) {
        try {
            return raw == null ? 0 : Long.parseLong(raw.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
