package org.tori.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RoundsTest {

    @Test
    void goesOnWhileBatchesComeBackFullThenLetsGoOfWhatItHeld() {
        var batches = new AtomicInteger();
        var ends = new AtomicInteger();
        var rounds = new Rounds("test", () -> batches.incrementAndGet() < 3 ? 10 : 4, 10, ends::incrementAndGet);

        rounds.run();

        assertEquals(3, batches.get(), "two full batches, then the short one that ends the round");
        assertEquals(1, ends.get());
    }

    @Test
    void workQueuedDuringARoundGoesOutInThatRoundNotAtTheNextScheduledOne() throws InterruptedException {
        var inFirstBatch = new CountDownLatch(1);
        var wokenAgain = new CountDownLatch(1);
        var batches = new AtomicInteger();
        var rounds = new Rounds(
                "test",
                () -> {
                    if (batches.incrementAndGet() == 1) {
                        inFirstBatch.countDown();
                        await(wokenAgain);
                    }
                    return 0;
                },
                10);
        var round = new Thread(rounds);
        round.start();
        assertTrue(inFirstBatch.await(5, TimeUnit.SECONDS));

        rounds.run(); // a mail queued meanwhile wakes the worker: this call must not be dropped
        wokenAgain.countDown();
        round.join(5000);

        assertEquals(2, batches.get(), "the short first batch is followed by one more for the wake-up");
    }

    @Test
    void aFailedRoundStillLetsGoAndTheNextRoundRuns() {
        var ends = new AtomicInteger();
        var calls = new AtomicInteger();
        var rounds = new Rounds(
                "test",
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("database gone");
                    }
                    return 0;
                },
                10,
                ends::incrementAndGet);

        rounds.run();
        rounds.run();

        assertEquals(2, calls.get());
        assertEquals(2, ends.get());
    }

    @Test
    void manyWakeUpsWhileARoundRunsCostOneMoreBatchNotOneTaskEach() throws InterruptedException {
        var inFirstBatch = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var batches = new AtomicInteger();
        var tasks = new AtomicInteger();
        var rounds = new Rounds(
                "test",
                () -> {
                    if (batches.incrementAndGet() == 1) {
                        inFirstBatch.countDown();
                        await(release);
                    }
                    return 0;
                },
                10);
        var pool = Executors.newSingleThreadExecutor();
        try {
            Executor counting = task -> {
                tasks.incrementAndGet();
                pool.execute(task);
            };
            rounds.wakeOn(counting);
            assertTrue(inFirstBatch.await(5, TimeUnit.SECONDS));
            for (int i = 0; i < 1000; i++) {
                rounds.wakeOn(counting);
            }
            release.countDown();
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        }

        assertEquals(1, tasks.get(), "the running round took every wake-up");
        assertEquals(2, batches.get(), "and went on for one more batch");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
