package org.tori.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

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
        return roleRequests.personalDataOf(accountId);
    }

    @Override
    public Set<String> covers() {
        return Set.of(
                "role_request.account_id",
                "role_request.decided_by",
                "role_request.invited_by",
                "colleague_invitation.invited_by");
    }
}
