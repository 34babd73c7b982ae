package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.accounts.entity.Role;
import org.tori.platform.i18n.CurrentLanguage;

/** The register page: one form, then the "check your mail" page. */
@Named
@RequestScoped
public class RegisterView {

    @Inject
    Accounts accounts;
    @Inject
    CurrentLanguage language;

    private final Registration form = new Registration();
    private AccountSummary registered;

    public Registration getForm() {
        return form;
    }

    public List<Role> getRoles() {
        return List.of(Role.CITIZEN, Role.COMPANY, Role.CITY_PARTNER);
    }

    public AccountSummary getRegistered() {
        return registered;
    }

    public void register() {
        form.setLanguage(language.getTag());
        registered = accounts.register(form, language.getLocale());
    }
}
