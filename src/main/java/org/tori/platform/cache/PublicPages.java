package org.tori.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Pages as an anonymous reader gets them, kept for {@code tori.pages.cache-millis} (default 2,000
 * ms; 0 keeps none), at most {@code tori.pages.cache-entries} of them. When a page's time is up,
 * one request renders it anew and the others get the kept one meanwhile, so a popular page is
 * rendered once, not once per waiting reader (unless something changed: then nobody gets it). Any write ends the generation
 * ({@link PageChanges}, and {@link PageCache} around every request that may write). A row is
 * written (and its listener fires) a moment before its transaction commits; a page rendered in that
 * moment shows the old row, so for a short quiet time after a change no page is kept at all.
 */
@ApplicationScoped
public class PublicPages {

    /** Longer than any commit takes after its rows were flushed. */
    static final long QUIET_MILLIS = 1_000;

    @Inject
    @ConfigProperty(name = "tori.pages.cache-millis", defaultValue = "2000")
    long ttlMillis;

    @Inject
    @ConfigProperty(name = "tori.pages.cache-entries", defaultValue = "300")
    int maxEntries;

    static final String KEPT = "tori.pages.kept";

    @Inject
    MetricRegistry registry;

    private Counter kept;
    private LongSupplier clock = System::nanoTime;
    private RecentAnswers pages;
    private final AtomicLong quietUntil = new AtomicLong();

    @PostConstruct
    void init() {
        pages = new RecentAnswers(ttlMillis, maxEntries, clock);
        quietUntil.set(clock.getAsLong());
        kept = registry == null ? null : registry.counter(KEPT);
    }

    /** For unit tests: kept pages with their own clock. */
    static PublicPages of(long ttlMillis, int maxEntries, LongSupplier clock) {
        var kept = new PublicPages();
        kept.ttlMillis = ttlMillis;
        kept.maxEntries = maxEntries;
        kept.clock = clock;
        kept.init();
        return kept;
    }

    public boolean enabled() {
        return pages.enabled();
    }

    Optional<KeptPage> get(PageKey key) {
        return pages.get(key, KeptPage.class);
    }

    /** A page whose time is up, of unchanged data, for readers while one request renders it anew. */
    Optional<KeptPage> stale(PageKey key) {
        return pages.stale(key, KeptPage.class);
    }

    /** Whether this request renders the page anew (one at a time); then it calls {@link #renewed}. */
    boolean claimRenewal(PageKey key) {
        return pages.claimRenewal(key);
    }

    void renewed(PageKey key) {
        pages.renewed(key);
    }

    long generation() {
        return pages.generation();
    }

    /** Keeps a page rendered while the data was at {@code generationBefore}, unless it changed since. */
    void keep(PageKey key, KeptPage page, long generationBefore) {
        if (clock.getAsLong() - quietUntil.get() >= 0) {
            pages.put(key, page, generationBefore);
        }
    }

    /** A kept page was sent: counted on /metrics as {@code tori_pages_kept_total}. */
    void served() {
        if (kept != null) {
            kept.inc();
        }
    }

    /** Something a page may show changed (or is about to, once its transaction commits). */
    public void changed() {
        quietUntil.set(clock.getAsLong() + QUIET_MILLIS * 1_000_000);
        pages.changed();
    }
}
