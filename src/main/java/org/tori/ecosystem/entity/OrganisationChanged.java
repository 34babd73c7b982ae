package org.tori.ecosystem.entity;

/** An organisation was created, approved or changed: what observers (search) react to after commit. */
public record OrganisationChanged(long id) {}
