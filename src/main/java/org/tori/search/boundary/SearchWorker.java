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
import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.platform.outbox.Rounds;
import org.tori.platform.startup.FirstRequest;
import org.tori.search.control.IndexDrain;
import org.tori.search.control.Indices;
import org.tori.search.entity.IndexChange;

/**
 * Drains the search outbox on every portal instance, a round every second or two and one right
 * after a change commits. The first round also creates missing indices. No persistent timers. The
 * rounds on the timer begin once the portal has served its first page ({@link FirstRequest}).
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchWorker {

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    IndexDrain drain;

    @Inject
    Indices indices;

    @Inject
    FirstRequest firstRequest;

    @Inject
    @ConfigProperty(name = "tori.search.poll-millis", defaultValue = "2000")
    long pollMillis;

    private ScheduledFuture<?> schedule;
    private Rounds rounds;

    @PostConstruct
    void start() {
        rounds = new Rounds("Search outbox", this::batch, IndexChange.BATCH);
        // the rounds on the timer begin once the first page is served; a commit wakes them at once
        schedule =
                executor.scheduleWithFixedDelay(firstRequest.afterwards(rounds), 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.Queued queued) {
        executor.execute(rounds);
    }

    private int batch() {
        try {
            indices.ensure();
        } catch (IOException | RuntimeException unreachable) {
            // the batch below keeps its rows for a later attempt
        }
        return drain.drainBatch();
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
