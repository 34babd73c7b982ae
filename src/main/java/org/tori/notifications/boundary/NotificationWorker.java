package org.tori.notifications.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.notifications.control.Digests;
import org.tori.notifications.control.FanOut;
import org.tori.notifications.control.Recipients;
import org.tori.notifications.control.Reminders;
import org.tori.notifications.control.Signing;
import org.tori.platform.outbox.Rounds;
import org.tori.platform.startup.FirstRequest;

/**
 * The notification rounds on every instance: deadline reminders are noticed, fan-out jobs spread,
 * due digests sent. SKIP LOCKED keeps instances apart; no persistent timers. The rounds begin once
 * the portal has served its first page ({@link FirstRequest}).
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    FanOut fanOut;

    @Inject
    Digests digests;

    @Inject
    Reminders reminders;

    @Inject
    Signing signing;

    @Inject
    FirstRequest firstRequest;

    @Inject
    @ConfigProperty(name = "tori.notifications.poll-millis", defaultValue = "5000")
    long pollMillis;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        // the signing key exists before the first mail needs it (instances starting together race only here)
        try {
            signing.key();
        } catch (RuntimeException anotherInstanceWasFaster) {
            LOG.info("Unsubscribe signing key created by another instance; read on first use");
        }
        var jobs = new Rounds("Notification fan-out", fanOut::runBatch, Recipients.BATCH);
        var due = new Rounds("Notification digests", digests::runBatch, Digests.BATCH);
        // the rounds begin once the first page is served (FirstRequest)
        schedule = executor.scheduleWithFixedDelay(
                firstRequest.afterwards(() -> {
                    try {
                        reminders.scan();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Deadline reminder scan failed; the next round tries again", e);
                    }
                    jobs.run();
                    due.run();
                }),
                pollMillis,
                pollMillis,
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
