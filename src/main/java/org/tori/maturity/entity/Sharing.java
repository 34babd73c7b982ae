package org.tori.maturity.entity;

/** Who may read an assessment besides its city and staff: nobody, the partner cities, or everyone. */
public enum Sharing {
    PRIVATE,
    PARTNERS,
    PUBLIC
}
