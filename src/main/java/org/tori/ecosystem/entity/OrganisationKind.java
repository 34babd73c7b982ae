package org.tori.ecosystem.entity;

/** What kind of stakeholder an organisation is; the stakeholder map groups by it. */
public enum OrganisationKind {
    COMPANY,
    STARTUP,
    RESEARCH,
    NGO,
    UTILITY,
    PUBLIC_BODY,
    PARTNER_CITY
}
