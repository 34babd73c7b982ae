package org.tori.citytocity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
    @Inject
    FacesContext faces;

    private NetworkOverview overview;
    private NetworkOverview.AgreementText shown;

    @PostConstruct
    void read() {
        var params = faces.getExternalContext().getRequestParameterMap();
        long id = Numbers.parse(params.get("id"));
        var actor = member.actor().orElse(null);
        overview = id <= 0 ? null : network.overview(id, actor).orElse(null);
        if (overview == null) {
            return;
        }
        long asked = Numbers.parse(params.get("agreement"));
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

    /** Whether the reader's city may mark this practice adopted now. */
    public boolean mayAdopt(NetworkOverview.LinkedLesson lesson) {
        return overview != null && overview.mine().mayPost() && overview.mine().cityPartner() && lesson.practice()
                && !lesson.adoptedByMyCity();
    }
}
