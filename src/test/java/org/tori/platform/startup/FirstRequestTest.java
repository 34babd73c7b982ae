package org.tori.platform.startup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FirstRequestTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final FirstRequest start = new FirstRequest(nanos::get, Duration.ofSeconds(30));

    @Test
    void backgroundWorkWaitsUntilTheFirstRequestIsServed() {
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertFalse(start.isBehind(), "no request yet, five seconds after start");

        start.served();

        assertTrue(start.isBehind());
        // the demo content's wait returns at once once a request was served
        assertTimeoutPreemptively(Duration.ofSeconds(2), start::await);
    }

    @Test
    void anInstanceNobodyVisitsStartsItsWorkAfterThirtySeconds() {
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertFalse(start.isBehind());

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertTrue(start.isBehind(), "thirty seconds without a request");
        assertTimeoutPreemptively(Duration.ofSeconds(2), start::await);
    }
}
