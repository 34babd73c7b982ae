package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.tori.accounts.entity.LoginOutcome;
import org.tori.platform.i18n.Texts;

/** The log-in page. A successful log-in gets a new session id, so a planted one is worthless. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    LoginAttempt attempt;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private String email;
    private String password;

    public void login() throws IOException {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        var credential = new UsernamePasswordCredential(
                email == null ? "" : email, new Password(password == null ? "" : password));
        var status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            request.changeSessionId();
            if (status == AuthenticationStatus.SUCCESS) {
                external.redirect(external.getRequestContextPath() + "/me/");
            }
            faces.responseComplete();
            return;
        }
        refused(attempt.outcome());
    }

    private void refused(LoginOutcome outcome) {
        var locale = faces.getViewRoot().getLocale();
        String text;
        if (outcome != null && outcome.result() == LoginOutcome.Result.THROTTLED) {
            var wait = Duration.between(OffsetDateTime.now(clock), outcome.lockedUntil());
            long minutes = Math.max(1, wait.toMinutes() + 1);
            text = Texts.get(locale, "login.throttled", minutes);
            var response = (HttpServletResponse) faces.getExternalContext().getResponse();
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        } else if (outcome != null && outcome.result() == LoginOutcome.Result.NOT_VERIFIED) {
            text = Texts.get(locale, "login.notVerified");
        } else {
            text = Texts.get(locale, "login.wrong");
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
