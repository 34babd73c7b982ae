package org.tori.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;
import org.tori.search.control.IndexDrain;

/**
 * Search's figures on /metrics (application scope, Prometheus format): how long searches take, and
 * how far the index lags behind the database (changes waiting in the outbox, and the age of the
 * oldest). Names are listed in README's operations section.
 */
@ApplicationScoped
public class SearchMetrics {

    static final String LATENCY = "tori.search.latency";
    static final String BACKLOG = "tori.search.outbox.backlog";
    static final String OLDEST = "tori.search.outbox.oldest.age";
    private static final Logger LOG = Logger.getLogger(SearchMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @Inject
    IndexDrain drain;

    @Inject
    Clock clock;

    private Timer latency;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        latency();
        registry.gauge(
                Metadata.builder()
                        .withName(BACKLOG)
                        .withUnit(MetricUnits.NONE)
                        .withDescription("Changes waiting in the search outbox to reach Elasticsearch")
                        .build(),
                this,
                SearchMetrics::backlog);
        registry.gauge(
                Metadata.builder()
                        .withName(OLDEST)
                        .withUnit(MetricUnits.SECONDS)
                        .withDescription("Age of the oldest change waiting in the search outbox, 0 when none waits")
                        .build(),
                this,
                SearchMetrics::oldestAge);
    }

    Timer latency() {
        if (latency == null) {
            latency = registry.timer(Metadata.builder()
                    .withName(LATENCY)
                    .withUnit(MetricUnits.SECONDS)
                    .withDescription(
                            "Time of a search (hits, facets, highlights, did-you-mean) including Elasticsearch")
                    .build());
        }
        return latency;
    }

    private long backlog() {
        try {
            return drain.backlog();
        } catch (RuntimeException databaseAway) {
            LOG.fine(() -> "search backlog unknown: " + databaseAway);
            return -1;
        }
    }

    private long oldestAge() {
        try {
            return drain.oldest()
                    .map(t -> Math.max(
                            0, Duration.between(t.toInstant(), clock.instant()).toSeconds()))
                    .orElse(0L);
        } catch (RuntimeException databaseAway) {
            LOG.fine(() -> "search backlog age unknown: " + databaseAway);
            return -1;
        }
    }
}
