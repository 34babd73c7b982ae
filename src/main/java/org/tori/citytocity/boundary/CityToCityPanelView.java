package org.tori.citytocity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tori.platform.faces.Page;
import org.tori.spaces.boundary.ManagerContext;

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
    ManagerContext member;

    private NetworkOverview overview;
    private NetworkOverview.AgreementText shown;

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
                ? network.agreement(id, (int) asked, actor).orElse(overview.agreement()) : overview.agreement();
    }

    public NetworkOverview getOverview() {
        return overview;
    }

    public NetworkOverview.AgreementText getShown() {
        return shown;
    }

    /** Whether the version shown is older than the one in force, so the page says so. */
    public boolean isOlder() {
        return shown != null && overview.agreement() != null && shown.number() < overview.agreement().number();
    }

    /** What the member typed in a form that was refused (a new topic, or a learning on one topic), to show it again. */
    public String typed(String op, long topic, String field) {
        boolean same = op.equals(Page.typed("op")) && ("topic".equals(op) || String.valueOf(topic).equals(Page.typed("topic")));
        return same ? Page.typed(field) : "";
    }

    /** Whether the reader's city may mark this practice adopted now. */
    public boolean mayAdopt(NetworkOverview.LinkedLesson lesson) {
        return overview != null && overview.mine().mayPost() && overview.mine().cityPartner() && lesson.practice()
                && !lesson.adoptedByMyCity();
    }
}
