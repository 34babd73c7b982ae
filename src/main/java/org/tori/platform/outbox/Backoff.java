package org.tori.platform.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an outbox waits before trying a failed delivery again: doubling from {@code first}
 * up to {@code max}, so a long outage costs few attempts and a short one little delay.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        Objects.requireNonNull(first);
        Objects.requireNonNull(max);
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max");
        }
    }

    public static Backoff ofMillis(long first, long max) {
        return new Backoff(Duration.ofMillis(first), Duration.ofMillis(max));
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public Duration after(int failedAttempts) {
        if (failedAttempts <= 1) {
            return first;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        var wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
