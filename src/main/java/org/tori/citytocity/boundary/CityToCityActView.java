package org.tori.citytocity.boundary;

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
 * Takes the plain forms of the city-to-city panel (op = accept, topic, learning, adopt, or staff's hide and restore; the space
 * page keeps no view state) and goes back to the space page with what happened as a message.
 */
@Named
@RequestScoped
public class CityToCityActView {

    @Inject
    CityToCity network;
    @Inject
    ManagerContext member;
    @Inject
    FacesContext faces;

    public void post() throws IOException {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        long space = Numbers.parse(request.getParameter("id"));
        var actor = member.actor();
        String anchor = "#citytocity";
        if ("POST".equals(request.getMethod()) && space > 0 && actor.isPresent()) {
            try {
                anchor = act(request, space, actor.get());
            } catch (DomainException refused) {
                message(FacesMessage.SEVERITY_ERROR, refused.key());
            }
        }
        var external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/spaces/space?id=" + space + anchor);
        faces.responseComplete();
    }

    private String act(HttpServletRequest request, long space, org.tori.spaces.boundary.Spaces.Actor actor) {
        switch (String.valueOf(request.getParameter("op"))) {
            case "accept" -> {
                if (request.getParameter("agree") == null) {
                    throw new DomainException(DomainException.Kind.INVALID, "c2c.accept.tickRequired");
                }
                long version = Numbers.parse(request.getParameter("version"));
                network.accept(space, version > 0 ? (int) Math.min(version, Integer.MAX_VALUE) : null, actor);
                message(FacesMessage.SEVERITY_INFO, "c2c.accept.saved");
                return "#citytocity";
            }
            case "topic" -> {
                long id = network.postTopic(space, request.getParameter("title"), request.getParameter("body"), actor);
                message(FacesMessage.SEVERITY_INFO, "c2c.topic.saved");
                return "#topic-" + id;
            }
            case "learning" -> {
                long topic = Numbers.parse(request.getParameter("topic"));
                long id = network.postLearning(space, topic, request.getParameter("body"),
                        Numbers.lessonIds(request.getParameter("lessons")), actor);
                message(FacesMessage.SEVERITY_INFO, "c2c.learning.saved");
                return "#learning-" + id;
            }
            case "adopt" -> {
                network.adopt(space, Numbers.parse(request.getParameter("lesson")), actor);
                message(FacesMessage.SEVERITY_INFO, "c2c.adopt.saved");
                return "#topics";
            }
            case "hide", "restore" -> {
                boolean hide = "hide".equals(request.getParameter("op"));
                boolean topic = "topic".equals(request.getParameter("kind"));
                long post = Numbers.parse(request.getParameter("post"));
                network.moderate(space, topic, post, request.getParameter("reason"), hide, actor);
                message(FacesMessage.SEVERITY_INFO, hide ? "c2c.moderation.hidden" : "c2c.moderation.restored");
                return (topic ? "#topic-" : "#learning-") + post;
            }
            default -> {
                return "#citytocity";
            }
        }
    }

    private void message(FacesMessage.Severity severity, String key) {
        var text = Texts.get(faces.getViewRoot().getLocale(), key);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }
}
