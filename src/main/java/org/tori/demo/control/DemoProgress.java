package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whether the demo content is complete yet, for the readiness check while it is seeded after
 * deployment; and whether the portal has served its first request, which the seeding in the
 * background waits for.
 */
@ApplicationScoped
public class DemoProgress {

    private final CountDownLatch firstRequest = new CountDownLatch(1);

    private volatile boolean complete;
    private volatile String failure;

    public void complete() {
        complete = true;
    }

    public void failed(RuntimeException e) {
        failure = String.valueOf(e.getMessage());
    }

    public boolean isComplete() {
        return complete;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public void firstRequestServed() {
        firstRequest.countDown();
    }

    /** Waits until the portal has served a request, or the given time has passed. */
    public void awaitFirstRequest(Duration atMost) throws InterruptedException {
        firstRequest.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }
}
