package org.tori.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsDoubleUpToTheMaximum() {
        var backoff = Backoff.ofMillis(1000, 10_000);
        assertEquals(Duration.ofSeconds(1), backoff.after(1));
        assertEquals(Duration.ofSeconds(2), backoff.after(2));
        assertEquals(Duration.ofSeconds(8), backoff.after(4));
        assertEquals(Duration.ofSeconds(10), backoff.after(5));
        assertEquals(Duration.ofSeconds(10), backoff.after(500), "no overflow after many failures");
    }

    @Test
    void aMaximumBelowTheFirstWaitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Backoff.ofMillis(1000, 10));
    }
}
