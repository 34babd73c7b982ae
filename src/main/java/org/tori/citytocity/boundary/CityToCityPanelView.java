package org.tori.citytocity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.knowledge.boundary.LessonSummary;
import org.tori.knowledge.boundary.Lessons;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.faces.Page;

/**
 * The city-to-city panel of a space page: the agreement version asked for with {@code agreement=n}
 * (the one in force by default), the member cities and, as the space allows, the topics.
 */
@Named
@RequestScoped
public class CityToCityPanelView {

    @Inject
    CityToCity network;

    @Inject
    CurrentMember member;

    @Inject
    Lessons lessons;

    @Inject
    NetworkReader reader;

    private NetworkOverview overview;
    private NetworkOverview.AgreementText shown;
    private List<NetworkOverview.LinkedLesson> picked;
    private List<LessonSummary> found;

    @PostConstruct
    void read() {
        long id = Page.optionalId("id").orElse(0L);
        var actor = member.actor().orElse(null);
        overview = id <= 0 ? null : network.overview(id, actor).orElse(null);
        if (overview == null) {
            return;
        }
        long asked = Page.optionalId("agreement").orElse(0L);
        shown = asked > 0 && asked <= Integer.MAX_VALUE
                ? network.agreement(id, (int) asked, actor).orElse(overview.agreement())
                : overview.agreement();
    }

    public NetworkOverview getOverview() {
        return overview;
    }

    public NetworkOverview.AgreementText getShown() {
        return shown;
    }

    /** Whether the version shown is older than the one in force, so the page says so. */
    public boolean isOlder() {
        return shown != null
                && overview.agreement() != null
                && shown.number() < overview.agreement().number();
    }

    /** What the member typed in a form that was refused (a new topic, or a learning on one topic), to show it again. */
    public String typed(String op, long topic, String field) {
        boolean same = op.equals(Page.typed("op"))
                && ("topic".equals(op) || String.valueOf(topic).equals(Page.typed("topic")));
        return same ? Page.typed(field) : "";
    }

    /** Whether the reader's city may mark this practice adopted now. */
    public boolean mayAdopt(NetworkOverview.LinkedLesson lesson) {
        return overview != null
                && overview.mine().mayPost()
                && overview.mine().cityPartner()
                && lesson.practice()
                && !lesson.adoptedByMyCity();
    }

    /** Whether this topic's learning form came back from the lesson picker or a refusal. */
    private boolean returned(long topic) {
        return "learning".equals(Page.typed("op")) && String.valueOf(topic).equals(Page.typed("topic"));
    }

    /** The lessons chosen so far in this topic's learning form, by title. */
    public List<NetworkOverview.LinkedLesson> picked(long topic) {
        if (!returned(topic)) {
            return List.of();
        }
        if (picked == null) {
            picked = reader.linked(LessonPicker.kept(), overview.mine().city());
        }
        return picked;
    }

    /** Whether the member searched lessons in this topic's form. */
    public boolean searched(long topic) {
        return returned(topic) && !Page.typed("lessonQuery").isBlank();
    }

    /** The public lessons whose title holds the words searched, less those already chosen. */
    public List<LessonSummary> found(long topic) {
        if (!searched(topic)) {
            return List.of();
        }
        if (found == null) {
            var chosen = LessonPicker.kept();
            found = lessons.titled(Page.typed("lessonQuery"), Reader.ANONYMOUS, 10).stream()
                    .filter(l -> !chosen.contains(l.id()))
                    .toList();
        }
        return found;
    }
}
