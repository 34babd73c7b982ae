package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tori.platform.i18n.Texts;

/** The discussion on a space's page: the threads and the form to write. */
@Named
@RequestScoped
public class DiscussionView {

    @Inject
    Comments comments;
    @Inject
    ManagerContext member;
    @Inject
    SpaceView space;
    @Inject
    FacesContext faces;

    private String body;
    private List<CommentView> threads;

    public List<CommentView> getThreads() {
        if (threads == null) {
            threads = space.getId() <= 0 ? List.of() : comments.threads(space.getId(), member.actor().orElse(null));
        }
        return threads;
    }

    public void write() throws IOException {
        comments.write(space.getId(), body, null, member.actor().orElseThrow().accountId());
        var text = Texts.get(faces.getViewRoot().getLocale(), "comments.written");
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/spaces/space?id=" + space.getId() + "#discussion");
        faces.responseComplete();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
