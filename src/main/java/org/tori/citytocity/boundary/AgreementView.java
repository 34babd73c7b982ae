package org.tori.citytocity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.citytocity.entity.NetworkVisibility;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/**
 * The managers' page of a city-to-city space: publish the sharing agreement (a changed text is a
 * new version that members accept again), choose who reads the topics, read every earlier version.
 */
@Named
@RequestScoped
public class AgreementView {

    @Inject
    CityToCity network;

    @Inject
    CurrentMember member;

    private long id;
    private NetworkOverview overview;
    private String text = "";
    private List<NetworkOverview.AgreementText> versions = List.of();

    /** Acts on a posted form, then shows the page; 404 for what is not a city-to-city space, 403 for others than its managers. */
    public void load() throws IOException {
        id = Page.id("id");
        var actor = member.actor().orElse(null);
        overview = network.overview(id, actor).orElse(null);
        if (overview == null || !overview.mine().mayManage()) {
            Page.status(overview == null ? 404 : 403);
            return;
        }
        if (Page.posted() && "publish".equals(Page.param("op"))) {
            try {
                int before =
                        overview.agreement() == null ? 0 : overview.agreement().number();
                int now = network.publishAgreement(id, Page.param("text"), visibility(Page.param("visibility")), actor);
                message(FacesMessage.SEVERITY_INFO, now > before ? "c2c.agreement.published" : "c2c.agreement.saved");
                overview = network.overview(id, actor).orElseThrow();
            } catch (DomainException refused) {
                Page.refused(refused);
                text = Page.param("text");
            }
        }
        if (text == null || text.isEmpty()) {
            text = network.agreementSource(id, actor);
        }
        var newestFirst = new ArrayList<NetworkOverview.AgreementText>();
        for (var v : overview.agreementVersions()) {
            newestFirst.add(0, network.agreement(id, v.number(), actor).orElseThrow());
        }
        versions = newestFirst;
    }

    private static NetworkVisibility visibility(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : NetworkVisibility.valueOf(raw);
        } catch (IllegalArgumentException unknown) {
            throw new DomainException(DomainException.Kind.INVALID, "c2c.visibility.unknown", "visibility");
        }
    }

    private static void message(FacesMessage.Severity severity, String key) {
        Page.message(severity, key);
    }

    public long getId() {
        return id;
    }

    public NetworkOverview getOverview() {
        return overview;
    }

    public String getText() {
        return text;
    }

    public List<NetworkOverview.AgreementText> getVersions() {
        return versions;
    }

    public List<String> getVisibilities() {
        return Arrays.stream(NetworkVisibility.values()).map(Enum::name).toList();
    }
}
