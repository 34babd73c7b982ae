package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The staff's list of pending role requests, and its count for the link on the staff desk. */
@Named
@RequestScoped
public class RoleRequestsView {

    @Inject
    RoleRequests roleRequests;

    private List<RoleRequestSummary> pending;
    private Long pendingCount;

    public List<RoleRequestSummary> getPending() {
        if (pending == null) {
            pending = roleRequests.pending();
        }
        return pending;
    }

    public long getPendingCount() {
        if (pendingCount == null) {
            pendingCount = roleRequests.pendingCount();
        }
        return pendingCount;
    }
}
