package org.tori.accounts.boundary;

import java.io.Serializable;
import org.tori.accounts.entity.Account;
import org.tori.accounts.entity.Role;

/** An account as its owner and the API see it; never carries the password hash. Kept in view state. */
public record AccountSummary(
        long id,
        String email,
        String name,
        Role role,
        String organisation,
        String city,
        String language,
        boolean verified)
        implements Serializable {

    static AccountSummary of(Account a) {
        return new AccountSummary(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                a.getRole(),
                a.getOrganisation(),
                a.getCity(),
                a.getLanguage().getLanguage(),
                a.isVerified());
    }
}
