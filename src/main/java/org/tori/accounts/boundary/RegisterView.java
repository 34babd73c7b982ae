package org.tori.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.accounts.entity.Role;
import org.tori.platform.i18n.CurrentLanguage;

/** The register page: one form, then the "check your mail" page. A colleague's invitation link fills it in. */
@Named
@RequestScoped
public class RegisterView {

    @Inject
    Accounts accounts;

    @Inject
    RoleRequests roleRequests;

    @Inject
    CurrentLanguage language;

    private final Registration form = new Registration();
    private AccountSummary registered;
    private RoleRequests.Invitation invitation;

    @PostConstruct
    void fromInvitationLink() {
        var secret = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("invitation");
        invitation = roleRequests.invitation(secret).orElse(null);
        if (invitation != null) {
            form.setInvitation(secret);
            form.setRole(Role.CITY_PARTNER);
            form.setCity(invitation.city());
            form.setEmail(invitation.email());
        }
    }

    public Registration getForm() {
        return form;
    }

    public RoleRequests.Invitation getInvitation() {
        return invitation;
    }

    public List<Role> getRoles() {
        return List.of(Role.CITIZEN, Role.COMPANY, Role.CITY_PARTNER);
    }

    public AccountSummary getRegistered() {
        return registered;
    }

    /** Whether the new account waits for staff: a claimed company or partner city without an invitation. */
    public boolean isAwaitingApproval() {
        return registered != null && registered.role() == Role.CITIZEN && form.getRole() != Role.CITIZEN;
    }

    public void register() {
        form.setLanguage(language.getTag());
        registered = accounts.register(form, language.getLocale());
    }
}
