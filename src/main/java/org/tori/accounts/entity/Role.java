package org.tori.accounts.entity;

/** What a member is to Tori. Only the first three can be chosen when registering. */
public enum Role {
    CITIZEN(true),
    COMPANY(true),
    CITY_PARTNER(true),
    STAFF(false),
    ADMIN(false);

    private final boolean selfService;

    Role(boolean selfService) {
        this.selfService = selfService;
    }

    public boolean selfService() {
        return selfService;
    }

    public boolean isStaff() {
        return this == STAFF || this == ADMIN;
    }
}
