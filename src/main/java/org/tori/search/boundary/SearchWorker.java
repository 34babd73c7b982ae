package org.tori.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.search.control.IndexDrain;
import org.tori.search.control.Indices;
import org.tori.search.entity.IndexChange;

/**
 * Drains the search outbox on every portal instance, a round every second or two and one right
 * after a change commits. The first round also creates missing indices. No persistent timers.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchWorker {

    private static final Logger LOG = Logger.getLogger(SearchWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    IndexDrain drain;
    @Inject
    Indices indices;
    @Inject
    @ConfigProperty(name = "tori.search.poll-millis", defaultValue = "2000")
    long pollMillis;

    private ScheduledFuture<?> rounds;
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        rounds = executor.scheduleWithFixedDelay(this::round, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.Queued queued) {
        executor.execute(this::round);
    }

    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            indices.ensure();
            while (drain.drainBatch() == IndexChange.BATCH) {
                // a full batch: more may be due
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Search outbox round did not finish; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
