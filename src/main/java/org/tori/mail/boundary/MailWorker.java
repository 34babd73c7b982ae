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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.mail.control.MailDelivery;
import org.tori.mail.entity.OutgoingMail;
import org.tori.platform.outbox.Rounds;
import org.tori.platform.startup.FirstRequest;

/**
 * Drains the mail outbox on every portal instance: a round every few seconds, and one right after
 * a mail was queued. Each instance sends with a few senders side by side ({@code tori.mail.senders}),
 * each on its own SMTP connection and its own claimed mails (SKIP LOCKED keeps senders and
 * instances apart): a mail's time is mostly waiting for the SMTP server's and the database's
 * answers, so senders side by side multiply what one instance delivers. Only the first sender is
 * woken; a sender that claims a full batch wakes the next, so an idle outbox costs one claim a
 * round, not one per sender. A sender's rounds never overlap. No persistent timers (they stop
 * firing after a cluster member leaves). The rounds on the timer begin once the portal has served
 * its first page ({@link FirstRequest}).
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailWorker {

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MailDelivery delivery;

    @Inject
    FirstRequest firstRequest;

    @Inject
    @ConfigProperty(name = "tori.mail.poll-millis", defaultValue = "3000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "tori.mail.senders")
    int senderCount;

    private ScheduledFuture<?> schedule;
    private ExecutorService senders;
    private List<Rounds> rounds;

    @PostConstruct
    void start() {
        int count = Math.max(1, senderCount);
        senders = Executors.newFixedThreadPool(count, threads);
        rounds = IntStream.range(0, count)
                .mapToObj(n -> {
                    var sender = delivery.sender();
                    IntSupplier batch = () -> {
                        int claimed = sender.deliverBatch();
                        if (claimed >= OutgoingMail.BATCH && n + 1 < count) {
                            // more may be due than this sender alone gets through: the next one helps
                            wakeSender(n + 1);
                        }
                        return claimed;
                    };
                    return new Rounds("Mail sender " + (n + 1), batch, OutgoingMail.BATCH, sender::close);
                })
                .toList();
        // the rounds on the timer begin once the first page is served; a queued mail wakes them at once
        schedule = executor.scheduleWithFixedDelay(
                firstRequest.afterwards(() -> wakeSender(0)), pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    public void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mails.Queued queued) {
        wakeSender(0);
    }

    private void wakeSender(int n) {
        try {
            rounds.get(n).wakeOn(senders);
        } catch (RejectedExecutionException stopping) {
            // the instance is stopping; what is queued goes out from another instance or on the next start
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        if (senders != null) {
            senders.shutdown();
            try {
                // a sender finishes the mail it is handing over; the rest of its claim waits for its lease
                senders.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
