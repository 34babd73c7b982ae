package org.tori.maturity.entity;

/** How far an action to close a gap has come. */
public enum ActionStatus {
    PLANNED,
    STARTED,
    DONE
}
