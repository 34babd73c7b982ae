package org.tori.roadmap.entity;

/** Where a status leaves an item: still under way, finished as planned, or stopped. */
public enum Outcome {
    OPEN,
    COMPLETED,
    STOPPED
}
