package org.tori.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class UnknownAddressLoginsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    @Test
    void anUnknownAddressIsPausedAfterTheMembersNumberOfFailuresAndNotCountedWhilePaused() {
        var row = new UnknownAddressLogins("a-key", NOW);
        for (int i = 0; i < FailedLogins.MAX - 1; i++) {
            assertNull(row.failed(NOW.plusSeconds(i)), "failure " + (i + 1) + " does not pause yet");
        }
        var pausedUntil = row.failed(NOW.plusSeconds(10));
        assertEquals(NOW.plusSeconds(10).plus(FailedLogins.LOCK_TIME), pausedUntil);
        assertEquals(pausedUntil, row.failed(NOW.plusMinutes(5)), "trying while paused does not lengthen the pause");
        // after the pause the count starts afresh, as for a member
        assertNull(row.failed(pausedUntil.plusSeconds(1)));
    }
}
