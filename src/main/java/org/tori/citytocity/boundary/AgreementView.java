package org.tori.citytocity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.tori.citytocity.entity.NetworkVisibility;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Texts;
import org.tori.spaces.boundary.ManagerContext;

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
    ManagerContext member;
    @Inject
    FacesContext faces;

    private long id;
    private NetworkOverview overview;
    private String text = "";
    private List<NetworkOverview.AgreementText> versions = List.of();

    /** Acts on a posted form, then shows the page; 404 for what is not a city-to-city space, 403 for others than its managers. */
    public void load() throws IOException {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        id = Numbers.parse(request.getParameter("id"));
        var actor = member.actor().orElse(null);
        overview = id <= 0 ? null : network.overview(id, actor).orElse(null);
        if (overview == null || !overview.mine().mayManage()) {
            external.responseSendError(overview == null ? 404 : 403, "");
            faces.responseComplete();
            return;
        }
        if ("POST".equals(request.getMethod()) && "publish".equals(request.getParameter("op"))) {
            try {
                int before = overview.agreement() == null ? 0 : overview.agreement().number();
                int now = network.publishAgreement(id, request.getParameter("text"), visibility(request.getParameter("visibility")), actor);
                message(FacesMessage.SEVERITY_INFO, now > before ? "c2c.agreement.published" : "c2c.agreement.saved");
                overview = network.overview(id, actor).orElseThrow();
            } catch (DomainException refused) {
                message(FacesMessage.SEVERITY_ERROR, refused.key());
                text = request.getParameter("text");
            }
        }
        if (text == null || text.isEmpty()) {
            text = network.agreementSource(id, actor);
        }
        var newestFirst = new java.util.ArrayList<NetworkOverview.AgreementText>();
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

    private void message(FacesMessage.Severity severity, String key) {
        var message = Texts.get(faces.getViewRoot().getLocale(), key);
        faces.addMessage(null, new FacesMessage(severity, message, message));
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
        return java.util.Arrays.stream(NetworkVisibility.values()).map(Enum::name).toList();
    }
}
