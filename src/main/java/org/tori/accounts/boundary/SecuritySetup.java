package org.tori.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Set;

/**
 * Log-in happens on Tori's own page (accounts/login); a visitor who opens a members' page is sent
 * there and back again afterwards. Roles come from {@link AccountIdentityStore}.
 * <p>
 * A signed-in member's caller name and roles are kept in the HTTP session as {@link SignedIn},
 * which Payara replicates to the other portal instances. Jakarta Security's own session
 * ({@code @AutoApplySession}, as the custom form definition uses it) keeps only the caller
 * principal: on another instance the roles were gone and every members' page answered 403.
 */
@RestoresSignIn
@LoginToContinue(loginPage = "/accounts/login", errorPage = "", useForwardToLogin = false)
@ApplicationScoped
public class SecuritySetup implements HttpAuthenticationMechanism {

    public static final String SIGNED_IN = "org.tori.accounts.signedIn";
    private static final String LOGIN_PAGE = "/accounts/login";
    private static final String SOTERIA_CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

    /** Who is signed in on this session: the account id and its roles. */
    public record SignedIn(String caller, Set<String> groups) implements Serializable {}

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (!context.isAuthenticationRequest() || credential == null) {
            // not signed in (RestoresSignIn answered already for a signed-in session); a members' page
            // that reaches here was not sent to the log-in page by LoginToContinue: send it there
            return context.isProtected()
                    ? context.redirect(request.getContextPath() + LOGIN_PAGE)
                    : context.doNothing();
        }
        var result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession()
                    .setAttribute(
                            SIGNED_IN,
                            new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        } else {
            endLogInDialog(request);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Soteria marks the session when the log-in page starts an authentication and unmarks it only on
     * success. Left marked after a wrong password, the next members' page counted as part of that
     * dialog: nobody redirected to the log-in page and the page answered an empty 200.
     */
    private static void endLogInDialog(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SOTERIA_CALLER_INITIATED);
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
