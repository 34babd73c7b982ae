package org.tori.livinglabs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;

/** The living lab panel of a space page: the experiment, the visitor's sign-up and feedback form. */
@Named
@RequestScoped
public class LabPanelView {

    public static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

    @Inject
    LivingLabs labs;

    @Inject
    CurrentMember member;

    private LabDetail lab;
    private FeedbackInput mine;

    @PostConstruct
    void read() {
        long id = Page.optionalId("id").orElse(0L);
        var actor = member.actor().orElse(null);
        lab = id <= 0 ? null : labs.detail(id, actor).orElse(null);
        mine = lab == null ? null : labs.feedbackOf(id, actor).orElse(null);
    }

    public LabDetail getLab() {
        return lab;
    }

    public boolean isSignedIn() {
        return member.actor().isPresent();
    }

    public boolean isTester() {
        return lab != null && "TESTER".equals(lab.status());
    }

    public boolean isGaveFeedback() {
        return mine != null;
    }

    public List<Integer> getScale() {
        return SCALE;
    }

    /** Whether the member's earlier rating of the question (counted from 0) was this one. */
    public boolean rated(int question, int rating) {
        return mine != null
                && question < mine.ratings().size()
                && mine.ratings().get(question) == rating;
    }

    public String getWorked() {
        var typed = Page.typed("worked");
        return !typed.isEmpty() || mine == null || mine.worked() == null ? typed : mine.worked();
    }

    public String getDidNot() {
        var typed = Page.typed("didNot");
        return !typed.isEmpty() || mine == null || mine.didNot() == null ? typed : mine.didNot();
    }

    public String when(OffsetDateTime moment) {
        return LabTime.when(moment);
    }
}
