package org.tori.accounts.boundary;

/**
 * Who acts in a use case: a signed-in account and the roles staff granted it. Made once per request
 * by {@link CurrentMember#actor()}; seeders and tests make one with the factories.
 */
public record Actor(long accountId, boolean staff, boolean cityPartner, boolean company) {

    public static Actor staff(long accountId) {
        return new Actor(accountId, true, false, false);
    }

    public static Actor cityPartner(long accountId) {
        return new Actor(accountId, false, true, false);
    }

    public static Actor company(long accountId) {
        return new Actor(accountId, false, false, true);
    }

    /** A member with no granted role: a citizen. */
    public static Actor member(long accountId) {
        return new Actor(accountId, false, false, false);
    }
}
