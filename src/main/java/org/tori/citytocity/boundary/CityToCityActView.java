package org.tori.citytocity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

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
    CurrentMember member;

    public void post() throws IOException {
        long space = Page.id("id");
        var actor = member.actor();
        String anchor = "#citytocity";
        if (Page.posted() && actor.isPresent()) {
            try {
                anchor = act(space, actor.get());
            } catch (DomainException refused) {
                Page.message(FacesMessage.SEVERITY_ERROR, refused.key());
                Page.keepTyped("op", "topic", "title", "body", "lessonQuery");
                LessonPicker.keep(LessonPicker.chosen());
                anchor = "learning".equals(Page.param("op"))
                        ? "#learning-form-" + Numbers.parse(Page.param("topic"))
                        : "#citytocity";
            }
        }
        Page.redirect("/spaces/space?id=" + space + anchor);
    }

    private String act(long space, Actor actor) {
        switch (String.valueOf(Page.param("op"))) {
            case "accept" -> {
                if (Page.param("agree") == null) {
                    throw new DomainException(DomainException.Kind.INVALID, "c2c.accept.tickRequired");
                }
                long version = Page.optionalId("version").orElse(0L);
                network.accept(space, version > 0 ? (int) Math.min(version, Integer.MAX_VALUE) : null, actor);
                message(FacesMessage.SEVERITY_INFO, "c2c.accept.saved");
                return "#citytocity";
            }
            case "topic" -> {
                long id = network.postTopic(space, Page.param("title"), Page.param("body"), actor);
                message(FacesMessage.SEVERITY_INFO, "c2c.topic.saved");
                return "#topic-" + id;
            }
            case "learning" -> {
                long topic = Page.id("topic");
                if (Page.param("find") != null
                        && (Page.param("lessonQuery") == null
                                || Page.param("lessonQuery").isBlank())) {
                    throw new DomainException(DomainException.Kind.INVALID, "c2c.learning.searchEmpty", "lessonQuery");
                }
                if (LessonPicker.picking()) {
                    Page.keepTyped("op", "topic", "body", "lessonQuery");
                    LessonPicker.keep(LessonPicker.chosen());
                    return "#learning-form-" + topic;
                }
                long id = network.postLearning(space, topic, Page.param("body"), LessonPicker.chosen(), actor);
                message(FacesMessage.SEVERITY_INFO, "c2c.learning.saved");
                return "#learning-" + id;
            }
            case "adopt" -> {
                network.adopt(space, Page.id("lesson"), actor);
                message(FacesMessage.SEVERITY_INFO, "c2c.adopt.saved");
                return "#topics";
            }
            case "hide", "restore" -> {
                boolean hide = "hide".equals(Page.param("op"));
                boolean topic = "topic".equals(Page.param("kind"));
                long post = Page.id("post");
                network.moderate(space, topic, post, Page.param("reason"), hide, actor);
                message(FacesMessage.SEVERITY_INFO, hide ? "c2c.moderation.hidden" : "c2c.moderation.restored");
                return (topic ? "#topic-" : "#learning-") + post;
            }
            default -> {
                return "#citytocity";
            }
        }
    }

    private static void message(FacesMessage.Severity severity, String key) {
        Page.message(severity, key);
    }
}
