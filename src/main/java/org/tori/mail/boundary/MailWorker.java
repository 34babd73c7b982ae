package org.tori.mail.boundary;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.mail.control.MailDelivery;
import org.tori.mail.entity.OutgoingMail;

/**
 * Drains the mail outbox on every portal instance: a round every few seconds, and one right after
 * a mail was queued. Rounds never overlap within an instance; across instances SKIP LOCKED keeps
 * them apart. No persistent timers (they stop firing after a cluster member leaves).
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    MailDelivery delivery;
    @Inject
    @ConfigProperty(name = "tori.mail.poll-millis", defaultValue = "3000")
    long pollMillis;

    private ScheduledFuture<?> rounds;
    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    @PostConstruct
    void start() {
        rounds = executor.scheduleWithFixedDelay(this::drain, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mails.Queued queued) {
        executor.execute(this::drain);
    }

    void drain() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (delivery.deliverBatch() == OutgoingMail.BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox round failed; the next round tries again", e);
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
