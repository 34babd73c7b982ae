package org.tori.ecosystem.entity;

/** How closely a partner works with the programme, as its letter of intent says. */
public enum PartnerLevel {
    STRATEGIC,
    PARTNER,
    SUPPORTER
}
