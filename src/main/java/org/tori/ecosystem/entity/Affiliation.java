package org.tori.ecosystem.entity;

import java.util.Locale;

/**
 * What Tori knows of a member's tie to an organisation when they ask to be listed on its page: their
 * verified e-mail address, the organisation staff approved for their company account (or null), and
 * whether staff confirmed the tie themselves.
 */
public record Affiliation(long accountId, String email, String approvedOrganisation, boolean staffConfirmed) {

    /**
     * Whether the member belongs to the organisation of this name, website and requester: they asked for
     * its page, staff confirmed it, staff approved their company account for an organisation of this name,
     * or their verified e-mail address is at the domain of the website (or a subdomain of it).
     */
    boolean belongsTo(String name, String website, Long requestedBy) {
        if (staffConfirmed || Long.valueOf(accountId).equals(requestedBy)) {
            return true;
        }
        if (approvedOrganisation != null && approvedOrganisation.strip().equalsIgnoreCase(name)) {
            return true;
        }
        var domain = domainOf(website);
        var mail = emailDomain();
        return !domain.isEmpty() && (mail.equals(domain) || mail.endsWith("." + domain));
    }

    /** The host of a website without "www.", lower case, or "" without a website. */
    static String domainOf(String website) {
        if (website == null) {
            return "";
        }
        var host = website.replaceFirst("^https?://", "")
                .replaceFirst("[/:?#].*$", "")
                .toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The domain of the e-mail address, lower case, or "" when there is none. */
    String emailDomain() {
        if (email == null || email.indexOf('@') < 0) {
            return "";
        }
        return email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
    }
}
