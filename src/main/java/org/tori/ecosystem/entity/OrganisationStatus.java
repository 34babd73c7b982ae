package org.tori.ecosystem.entity;

/** A requested organisation waits for staff; only approved ones are public. */
public enum OrganisationStatus {
    REQUESTED,
    APPROVED,
    REFUSED
}
