package org.tori.spaces.boundary;

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
 * Takes the plain forms next to a comment (op = report, or staff's hide, restore and keep) and goes
 * back where the form was: the space page at the comment, or staff's queue (back = queue). A refusal
 * travels back with what was typed.
 */
@Named
@RequestScoped
public class CommentActView {

    static final String QUEUE = "/staff/comments";

    @Inject
    Comments comments;

    @Inject
    CurrentMember member;

    public void post() throws IOException {
        long comment = Page.id("comment");
        long space = Page.optionalId("id").orElse(0L);
        boolean toQueue = "queue".equals(Page.param("back"));
        var actor = member.actor();
        if (Page.posted() && actor.isPresent()) {
            try {
                act(comment, actor.get());
            } catch (DomainException refused) {
                Page.message(FacesMessage.SEVERITY_ERROR, refused.key());
                Page.keepTyped("comment", "reason");
            }
        }
        Page.redirect(
                toQueue || space == 0
                        ? QUEUE + "#comment-" + comment
                        : "/spaces/space?id=" + space + "#comment-" + comment);
    }

    private void act(long comment, Actor actor) {
        switch (String.valueOf(Page.param("op"))) {
            case "report" ->
                Page.info(
                        comments.report(comment, actor.accountId(), Page.param("reason"))
                                ? "comments.reported"
                                : "comments.reportedAlready");
            case "hide" -> {
                comments.hide(comment, Page.param("reason"), actor);
                Page.info("comments.hiddenDone");
            }
            case "restore" -> {
                comments.restore(comment, actor);
                Page.info("comments.restoredDone");
            }
            case "keep" -> {
                comments.keep(comment, actor);
                Page.info("comments.keptDone");
            }
            default -> throw new DomainException(DomainException.Kind.INVALID, "problem.invalid");
        }
    }

    /** What was typed in the refused form of this comment, to show it again there. */
    public String typed(long comment) {
        return String.valueOf(comment).equals(Page.typed("comment")) ? Page.typed("reason") : "";
    }
}
