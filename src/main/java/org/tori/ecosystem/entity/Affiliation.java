package org.tori.ecosystem.entity;

import java.util.Locale;

/**
 * What Tori knows of a member's tie to an organisation when they ask to be listed on its page: their
 * verified e-mail address, the organisation staff approved for their company account (or null), and
 * whether staff confirmed the tie themselves.
 */
public record Affiliation(long accountId, String email, String approvedOrganisation, boolean staffConfirmed) {

    /** The domain of the e-mail address, lower case, or "" when there is none. */
    String emailDomain() {
        if (email == null || email.indexOf('@') < 0) {
            return "";
        }
        return email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
    }
}
