package org.tori.platform.outbox;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One outbox worker's rounds: batches until a batch comes back short, never two rounds at once
 * in this worker. A wake-up during a round is not lost: the round goes on for one more batch after
 * it came back short, so work queued while it ran goes out at once rather than at the next
 * scheduled round. A failed round is logged and left to the next one.
 */
public final class Rounds implements Runnable {

    private static final Logger LOG = Logger.getLogger(Rounds.class.getName());

    private final String name;
    private final IntSupplier batch;
    private final int fullBatch;
    private final Runnable atEnd;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenMeanwhile = new AtomicBoolean();
    private final AtomicBoolean submitted = new AtomicBoolean();

    public Rounds(String name, IntSupplier batch, int fullBatch) {
        this(name, batch, fullBatch, () -> {});
    }

    /** @param atEnd run after every round, failed or not (to let go of what the round held) */
    public Rounds(String name, IntSupplier batch, int fullBatch, Runnable atEnd) {
        this.name = Objects.requireNonNull(name);
        this.batch = Objects.requireNonNull(batch);
        this.fullBatch = fullBatch;
        this.atEnd = Objects.requireNonNull(atEnd);
    }

    /**
     * Wakes this worker on {@code executor}: a round is submitted only when none is running or
     * waiting to start; otherwise the running round takes the wake-up (a thousand mails queued in
     * one transaction wake it a thousand times, and cost one task).
     */
    public void wakeOn(Executor executor) {
        wokenMeanwhile.set(true);
        if (running.get() || !submitted.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                submitted.set(false);
                run();
            });
        } catch (RuntimeException rejected) {
            submitted.set(false);
            throw rejected;
        }
    }

    @Override
    public void run() {
        wokenMeanwhile.set(true);
        while (wokenMeanwhile.get() && running.compareAndSet(false, true)) {
            try {
                wokenMeanwhile.set(false);
                while (batch.getAsInt() >= fullBatch || wokenMeanwhile.getAndSet(false)) {
                    // a full batch: more may be due; or more was queued while this batch ran
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " round failed; the next round tries again", e);
                wokenMeanwhile.set(false);
            } finally {
                try {
                    atEnd.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, name + ": ending the round failed", e);
                }
                running.set(false);
            }
        }
    }
}
