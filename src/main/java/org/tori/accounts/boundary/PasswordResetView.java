package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Both halves of a password reset: asking for the link, and choosing the new password. */
@Named
@RequestScoped
public class PasswordResetView {

    @Inject
    Accounts accounts;

    @NotBlank(message = "{tori.required}")
    @Email(message = "{tori.email}")
    private String email;

    private String token;

    @NotBlank(message = "{tori.required}")
    @Size(min = 10, max = 128, message = "{tori.password.size}")
    private String password;

    private boolean done;

    public void requestLink() {
        accounts.requestPasswordReset(email);
        done = true;
    }

    public void reset() {
        accounts.resetPassword(token, password);
        done = true;
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
