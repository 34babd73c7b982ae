package org.tori.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An outbox row's tries: how many were made, when the next one is due, and what went wrong last.
 * The mail and search outboxes embed it, so a failure is counted, kept and rescheduled the same way
 * in both (the columns keep their names: {@code attempts}, {@code next_attempt_at}, {@code last_error}).
 */
@Embeddable
public class Attempts {

    /** The longest error kept; the rest of a stack of causes says nothing more to staff. */
    static final int MAX_ERROR = 1000;

    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    protected Attempts() {}

    /** No try yet; the first is due at once. */
    public static Attempts dueAt(OffsetDateTime now) {
        var fresh = new Attempts();
        fresh.nextAttemptAt = Objects.requireNonNull(now);
        return fresh;
    }

    /** Counts a try that went wrong and keeps why; returns how many tries there have been. */
    public int failed(String error) {
        attempts++;
        lastError = shortened(error == null ? "unknown" : error);
        return attempts;
    }

    /** Counts a try that went wrong and schedules the next one after the back-off for that many tries. */
    public void failed(String error, OffsetDateTime now, Backoff backoff) {
        nextAttemptAt = now.plus(backoff.after(failed(error)));
    }

    /** Counts a try whose outcome is in doubt, with the doubt kept where the last error is shown. */
    public void counted(String doubt) {
        attempts++;
        lastError = doubt == null ? null : shortened(doubt);
    }

    /** Nobody tries before this moment (a lease, or the moment a row was given up); the count stays. */
    public void postpone(OffsetDateTime until) {
        nextAttemptAt = Objects.requireNonNull(until);
    }

    /** Tried again from the start (staff resend a given-up row): no tries counted, due now. */
    public void restart(OffsetDateTime now) {
        attempts = 0;
        nextAttemptAt = Objects.requireNonNull(now);
    }

    private static String shortened(String text) {
        return text.substring(0, Math.min(text.length(), MAX_ERROR));
    }

    public int count() {
        return attempts;
    }

    public OffsetDateTime nextAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }
}
