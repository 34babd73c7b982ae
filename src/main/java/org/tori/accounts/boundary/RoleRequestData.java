package org.tori.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The member's role requests and staff's answers, for the copy of their data. */
@ApplicationScoped
public class RoleRequestData implements PersonalData {

    @Inject
    RoleRequests roleRequests;

    @Override
    public String section() {
        return "roleRequests";
    }

    @Override
    public Object of(long accountId) {
        return roleRequests.allOf(accountId);
    }
}
