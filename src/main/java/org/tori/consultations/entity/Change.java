package org.tori.consultations.entity;

/** How a section of a revision differs from the section with the same number in the version before. */
public enum Change {
    NEW,
    CHANGED,
    SAME
}
