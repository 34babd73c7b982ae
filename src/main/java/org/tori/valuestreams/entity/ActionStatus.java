package org.tori.valuestreams.entity;

import java.util.Set;

/**
 * Where an action of the plan stands. Planned work starts or is dropped; started work is done,
 * dropped or put back to planned; done and cancelled actions are history.
 */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public Set<ActionStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> Set.of(PLANNED, DONE, CANCELLED);
            case DONE, CANCELLED -> Set.of();
        };
    }
}
