package org.tori.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.tori.mail.entity.OutgoingMail;

/**
 * The mail outbox's figures on /metrics (application scope, Prometheus format): mails the SMTP server
 * took, attempts that failed and wait for another try, mails given up, and how many mails wait and
 * for how long. Counters count on this instance since its start; the gauges read the shared outbox.
 */
@ApplicationScoped
public class MailMetrics {

    static final String SENT = "tori.mail.sent";
    static final String RETRIED = "tori.mail.retried";
    static final String GIVEN_UP = "tori.mail.given.up";
    static final String BACKLOG = "tori.mail.outbox.backlog";
    static final String OLDEST = "tori.mail.outbox.oldest.age";
    private static final Logger LOG = Logger.getLogger(MailMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sent();
        retried();
        givenUp();
        registry.gauge(
                Metadata.builder()
                        .withName(BACKLOG)
                        .withUnit(MetricUnits.NONE)
                        .withDescription("Mails waiting in the outbox to be sent")
                        .build(),
                this,
                MailMetrics::backlog);
        registry.gauge(
                Metadata.builder()
                        .withName(OLDEST)
                        .withUnit(MetricUnits.SECONDS)
                        .withDescription("Age of the oldest mail waiting in the outbox, 0 when none waits")
                        .build(),
                this,
                MailMetrics::oldestAge);
    }

    Counter sent() {
        return counter(SENT, "Mails the SMTP server took (and mails handed over whose answer was lost)");
    }

    Counter retried() {
        return counter(RETRIED, "Attempts at a mail that failed; the mail waits for another try");
    }

    Counter givenUp() {
        return counter(GIVEN_UP, "Mails given up: refused for good, unusable, or out of attempts");
    }

    /** Counts what became of one mail after its outcome was committed. */
    void outcome(OutgoingMail.Status status) {
        if (status == OutgoingMail.Status.PENDING) {
            retried().inc();
        } else if (status == OutgoingMail.Status.FAILED) {
            givenUp().inc();
        } else if (status == OutgoingMail.Status.SENT) {
            sent().inc();
        }
    }

    private Counter counter(String name, String description) {
        return registry.counter(Metadata.builder()
                .withName(name)
                .withUnit(MetricUnits.NONE)
                .withDescription(description)
                .build());
    }

    long backlog() {
        try {
            return em.createNamedQuery(OutgoingMail.COUNT_PENDING, Long.class)
                    .setParameter("status", OutgoingMail.Status.PENDING)
                    .getSingleResult();
        } catch (RuntimeException databaseAway) {
            LOG.fine(() -> "mail backlog unknown: " + databaseAway);
            return -1;
        }
    }

    long oldestAge() {
        try {
            var oldest = em.createNamedQuery(OutgoingMail.OLDEST_PENDING, OffsetDateTime.class)
                    .getSingleResult();
            return oldest == null
                    ? 0
                    : Math.max(
                            0,
                            Duration.between(oldest.toInstant(), clock.instant())
                                    .toSeconds());
        } catch (RuntimeException databaseAway) {
            LOG.fine(() -> "mail backlog age unknown: " + databaseAway);
            return -1;
        }
    }
}
