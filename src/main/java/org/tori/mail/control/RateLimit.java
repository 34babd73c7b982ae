package org.tori.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code tori.mail.rate-per-second} mails per second from this instance (0: no limit), as
 * production SMTP relays demand. Spacing sends evenly keeps bursts off the relay.
 */
@ApplicationScoped
public class RateLimit {

    @Inject
    @ConfigProperty(name = "tori.mail.rate-per-second", defaultValue = "0")
    double perSecond;

    private long intervalNanos;
    private long next;

    @PostConstruct
    void init() {
        intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    }

    public void acquire() {
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            next = Math.max(next, now);
            wait = next - now;
            next += intervalNanos;
        }
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
