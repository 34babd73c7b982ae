package org.tori.livinglabs.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.livinglabs.entity.LivingLab;
import org.tori.livinglabs.entity.SignupStatus;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/**
 * Takes the plain forms of the lab panel (sign up, withdraw, feedback; the space page keeps no view
 * state) and goes back to the panel with what happened as a message.
 */
@Named
@RequestScoped
public class LabActionView {

    @Inject
    LivingLabs labs;

    @Inject
    CurrentMember member;

    public void post() throws IOException {
        long space = Page.id("id");
        var actor = member.actor();
        if (Page.posted() && space > 0 && actor.isPresent()) {
            long me = actor.get().accountId();
            try {
                switch (String.valueOf(Page.param("op"))) {
                    case "signup" -> {
                        var status = labs.signUp(space, me);
                        Page.message(
                                FacesMessage.SEVERITY_INFO,
                                status == SignupStatus.TESTER ? "lab.signup.tester" : "lab.signup.waiting");
                    }
                    case "withdraw" -> {
                        labs.withdraw(space, me);
                        Page.message(FacesMessage.SEVERITY_INFO, "lab.withdraw.done");
                    }
                    case "feedback" -> {
                        labs.giveFeedback(space, me, feedback());
                        Page.message(FacesMessage.SEVERITY_INFO, "lab.feedback.saved");
                    }
                    default -> {}
                }
            } catch (DomainException refused) {
                Page.refused(refused);
                Page.keepTyped("worked", "didNot");
            }
        }
        Page.redirect("/spaces/space?id=" + space + "#living-lab");
    }

    private static FeedbackInput feedback() {
        var ratings = new ArrayList<Integer>();
        for (int q = 0; q < LivingLab.MAX_QUESTIONS; q++) {
            var raw = Page.param("rating-" + q);
            if (raw == null && Page.param("question-" + q) == null) {
                break;
            }
            ratings.add(raw == null ? null : Math.min(Math.max(Page.integer("rating-" + q, 0), 0), 99));
        }
        return new FeedbackInput(ratings, Page.param("worked"), Page.param("didNot"));
    }
}
