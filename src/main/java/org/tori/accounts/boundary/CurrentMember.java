package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.tori.platform.DomainException;

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

    private Optional<Actor> actor;

    /** The signed-in member as an actor with the roles staff granted, worked out once per request. */
    public Optional<Actor> actor() {
        if (actor == null) {
            actor = id().map(id -> new Actor(id, isStaff(), isCityPartner(), isCompany()));
        }
        return actor;
    }

    /** The signed-in actor; a request without one is refused as unauthorised (401 on the API, log-in on pages). */
    public Actor signedIn() {
        return actor().orElseThrow(
                        () -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"));
    }

    public boolean isSignedIn() {
        return id().isPresent();
    }

    public boolean isCityPartner() {
        return inRole("CITY_PARTNER");
    }

    public boolean isCompany() {
        return inRole("COMPANY");
    }

    public boolean isStaff() {
        return inRole("STAFF") || inRole("ADMIN");
    }

    /**
     * Anonymous readers hold no role: asked without a caller, so that public pages (which ask for each
     * staff-only link) skip the container's permission check (JACC), 7 % of a lesson page's CPU in JFR.
     */
    private boolean inRole(String role) {
        return security.getCallerPrincipal() != null && security.isCallerInRole(role);
    }
}
