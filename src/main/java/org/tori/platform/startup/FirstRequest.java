package org.tori.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Whether the portal's own start is behind it: it has served its first request, or {@link #AT_MOST}
 * has passed since background work first asked (an instance nobody visits still does its work).
 *
 * <p>Work that can wait a few seconds waits for it: the outbox rounds on their timers and the demo
 * content. On a small machine they would otherwise share the cores with the web module's own start
 * (Faces, PrimeFaces, the first render), and the first page would come later. Work that a request
 * asks for (a round woken by a commit) never waits.
 */
@ApplicationScoped
public class FirstRequest {

    public static final Duration AT_MOST = Duration.ofSeconds(30);

    private final CountDownLatch served = new CountDownLatch(1);
    private final LongSupplier nanos;
    private final long askedFirst;
    private final long atMost;

    public FirstRequest() {
        this(System::nanoTime, AT_MOST);
    }

    FirstRequest(LongSupplier nanos, Duration atMost) {
        this.nanos = nanos;
        this.askedFirst = nanos.getAsLong();
        this.atMost = atMost.toNanos();
    }

    /** Called once the portal has answered a request. */
    public void served() {
        served.countDown();
    }

    /** True once a request was served or {@link #AT_MOST} has passed. */
    public boolean isBehind() {
        return served.getCount() == 0 || left() <= 0;
    }

    /** The given work, done only once {@link #isBehind()}: for the rounds on a timer. */
    public Runnable afterwards(Runnable work) {
        return () -> {
            if (isBehind()) {
                work.run();
            }
        };
    }

    /** Waits until {@link #isBehind()}. */
    public void await() throws InterruptedException {
        served.await(Math.max(0, left()), TimeUnit.NANOSECONDS);
    }

    private long left() {
        return atMost - (nanos.getAsLong() - askedFirst);
    }
}
