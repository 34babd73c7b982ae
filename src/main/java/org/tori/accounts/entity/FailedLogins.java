package org.tori.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The log-in throttle, one rule for members and for addresses that have no account (so that "too
 * many attempts" never tells which addresses are members): five failures in a row pause log-ins
 * for fifteen minutes, and a success or a new password starts afresh.
 */
@Embeddable
public class FailedLogins {

    /** Failed log-ins in a row after which log-ins pause for {@link #LOCK_TIME}. */
    public static final int MAX = 5;

    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    @Column(name = "failed_logins")
    private int count;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    /** Whether a log-in may even be tried now; while paused the password is not looked at. */
    public boolean isThrottled(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void failed(OffsetDateTime now) {
        count++;
        if (count >= MAX) {
            lockedUntil = Objects.requireNonNull(now).plus(LOCK_TIME);
            count = 0;
        }
    }

    public void reset() {
        count = 0;
        lockedUntil = null;
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }
}
