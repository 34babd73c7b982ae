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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.mail.control.MailDelivery;
import org.tori.mail.entity.OutgoingMail;
import org.tori.platform.outbox.Rounds;

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

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    MailDelivery delivery;

    @Inject
    @ConfigProperty(name = "tori.mail.poll-millis", defaultValue = "3000")
    long pollMillis;

    private ScheduledFuture<?> schedule;
    private Rounds rounds;

    @PostConstruct
    void start() {
        rounds = new Rounds("Mail outbox", delivery::deliverBatch, OutgoingMail.BATCH);
        schedule = executor.scheduleWithFixedDelay(rounds, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mails.Queued queued) {
        executor.execute(rounds);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
