package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import org.tori.accounts.entity.LoginOutcome;

/** Carries why a log-in was refused from the identity store back to the log-in page. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public LoginOutcome outcome() {
        return outcome;
    }
}
