package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a member has a public page to link to: team cards, the team board and organisation pages
 * link a name only for members who opted in. Asked once per member and request.
 */
@Named("profiles")
@RequestScoped
public class ProfileLinks {

    @Inject
    Accounts accounts;

    private final Map<Long, Boolean> known = new HashMap<>();

    public boolean has(long accountId) {
        return known.computeIfAbsent(accountId, id -> accounts.publicProfile(id).isPresent());
    }
}
