package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;

/** Who is signed in on this request, if anyone. */
@Named("member")
@RequestScoped
public class CurrentMember {

    @Inject
    SecurityContext security;

    public Optional<Long> id() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException notAMember) {
            return Optional.empty();
        }
    }

    public boolean isSignedIn() {
        return id().isPresent();
    }

    public boolean isCityPartner() {
        return security.isCallerInRole("CITY_PARTNER");
    }

    public boolean isCompany() {
        return security.isCallerInRole("COMPANY");
    }

    public boolean isStaff() {
        return security.isCallerInRole("STAFF") || security.isCallerInRole("ADMIN");
    }
}
