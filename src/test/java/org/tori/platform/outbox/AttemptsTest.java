package org.tori.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AttemptsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30));

    @Test
    void aFreshRowIsDueAtOnceWithNoTriesAndNoError() {
        var tries = Attempts.dueAt(NOW);
        assertEquals(NOW, tries.nextAt());
        assertEquals(0, tries.count());
        assertNull(tries.lastError());
    }

    @Test
    void eachFailureIsCountedKeptShortAndRescheduledByTheBackoffForThatManyTries() {
        var tries = Attempts.dueAt(NOW);
        tries.failed("connection refused", NOW, BACKOFF);
        assertEquals(1, tries.count());
        assertEquals("connection refused", tries.lastError());
        assertEquals(NOW.plus(BACKOFF.after(1)), tries.nextAt());
        tries.failed("x".repeat(5_000), NOW, BACKOFF);
        assertEquals(2, tries.count());
        assertEquals(Attempts.MAX_ERROR, tries.lastError().length(), "a long stack of causes is cut");
        assertEquals(NOW.plus(BACKOFF.after(2)), tries.nextAt());
        tries.failed(null);
        assertEquals("unknown", tries.lastError(), "a failure without a message still says something");
    }

    @Test
    void aPostponedRowKeepsItsCountAndARestartedOneStartsAgain() {
        var tries = Attempts.dueAt(NOW);
        tries.failed("timeout", NOW, BACKOFF);
        tries.postpone(NOW.plusMinutes(2));
        assertEquals(NOW.plusMinutes(2), tries.nextAt());
        assertEquals(1, tries.count());
        tries.counted("in doubt");
        assertEquals(2, tries.count());
        assertEquals("in doubt", tries.lastError());
        tries.restart(NOW.plusHours(1));
        assertEquals(0, tries.count());
        assertEquals(NOW.plusHours(1), tries.nextAt());
    }
}
