package org.tori.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Log-in happens on Tori's own page (accounts/login); a visitor who opens a members' page is sent
 * there and back again afterwards. Roles come from {@link AccountIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/accounts/login", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class SecuritySetup {
}
