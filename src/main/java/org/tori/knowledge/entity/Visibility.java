package org.tori.knowledge.entity;

/** Who may read a lesson or its analysis; cities publish failures more honestly when they choose. */
public enum Visibility {
    PUBLIC,
    PARTNERS,
    STAFF;

    /** The stricter of two. */
    public Visibility and(Visibility other) {
        return other == null || other.ordinal() < ordinal() ? this : other;
    }
}
