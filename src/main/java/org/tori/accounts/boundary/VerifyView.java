package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tori.platform.DomainException;

/** Opened from the link in the verification mail. */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    Accounts accounts;

    private String token;
    private boolean verified;

    public void verify() {
        try {
            accounts.verifyEmail(token);
            verified = true;
        } catch (DomainException usedOrExpired) {
            verified = false;
        }
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
