package org.tori.accounts.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Texts;

/**
 * Staff decide one role request: approve, confirming or correcting the organisation and city, or
 * refuse with a reason. A refusal without a reason stays on the page with what was typed.
 */
@Named
@ViewScoped
public class RoleRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoleRequests roleRequests;

    @Inject
    CurrentMember member;

    private Long id;
    private RoleRequestSummary request;
    private String organisation;
    private String city;
    private String reason;

    public void load() {
        if (request == null) {
            request = roleRequests
                    .find(id == null ? -1 : id)
                    .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "role.request.notFound"));
            organisation = request.organisation();
            city = request.city();
        }
    }

    public void approve() {
        request = roleRequests.approve(request.id(), staff(), organisation, city);
        decided("requests.approved");
    }

    public void refuse() {
        request = roleRequests.refuse(request.id(), staff(), reason);
        decided("requests.refused");
    }

    private void decided(String key) {
        var faces = FacesContext.getCurrentInstance();
        var text = Texts.get(faces.getViewRoot().getLocale(), key, request.name());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private long staff() {
        return member.id().orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RoleRequestSummary getRequest() {
        return request;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
