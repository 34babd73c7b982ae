package org.tori.accounts.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.tori.accounts.entity.Role;
import org.tori.accounts.entity.RoleRequest;

/** A role request as staff and its owner see it. Kept in view state. */
public record RoleRequestSummary(
        long id,
        long accountId,
        String name,
        String email,
        Role requestedRole,
        String organisation,
        String city,
        OffsetDateTime createdAt,
        RoleRequest.State state,
        String reason,
        boolean invited)
        implements Serializable {

    static RoleRequestSummary of(RoleRequest r) {
        var a = r.getAccount();
        return new RoleRequestSummary(
                r.getId(),
                a.getId(),
                a.getDisplayName(),
                a.getEmail(),
                r.getRequestedRole(),
                r.getOrganisation(),
                r.getCity(),
                r.getCreatedAt(),
                r.getState(),
                r.getReason(),
                r.getInvitedBy() != null);
    }

    @JsonbTransient
    public boolean isPending() {
        return state == RoleRequest.State.PENDING;
    }

    @JsonbTransient
    public boolean isApproved() {
        return state == RoleRequest.State.APPROVED;
    }

    @JsonbTransient
    public boolean isRefused() {
        return state == RoleRequest.State.REFUSED;
    }
}
