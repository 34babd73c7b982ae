package org.tori.notifications.entity;

import java.time.Duration;

/** How often a member wants the mails of a category. */
public enum Cadence {
    IMMEDIATELY,
    DAILY,
    WEEKLY,
    OFF;

    public boolean isDigest() {
        return this == DAILY || this == WEEKLY;
    }

    /** How long news waits for its digest, given the configured daily and weekly periods. */
    public Duration wait(Duration daily, Duration weekly) {
        return switch (this) {
            case DAILY -> daily;
            case WEEKLY -> weekly;
            default -> Duration.ZERO;
        };
    }
}
