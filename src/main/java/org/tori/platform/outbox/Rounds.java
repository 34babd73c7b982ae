package org.tori.platform.outbox;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One outbox worker's rounds: batches until a batch comes back short, never two rounds at once
 * in this instance (a wake-up during a round is dropped; the next scheduled round catches up).
 * A failed round is logged and left to the next one.
 */
public final class Rounds implements Runnable {

    private static final Logger LOG = Logger.getLogger(Rounds.class.getName());

    private final String name;
    private final IntSupplier batch;
    private final int fullBatch;
    private final AtomicBoolean running = new AtomicBoolean();

    public Rounds(String name, IntSupplier batch, int fullBatch) {
        this.name = Objects.requireNonNull(name);
        this.batch = Objects.requireNonNull(batch);
        this.fullBatch = fullBatch;
    }

    @Override
    public void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (batch.getAsInt() >= fullBatch) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " round failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }
}
