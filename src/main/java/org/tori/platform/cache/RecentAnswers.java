package org.tori.platform.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Recent answers, each kept for {@code ttlMillis} and only while the data it was computed from is
 * unchanged: {@link #changed()} ends the current generation and drops every kept answer. At most
 * {@code maxEntries} are kept, the least recently asked leaving first. A time of 0 keeps nothing.
 * When an answer's time is up, one caller may claim to compute it anew ({@link #claimRenewal}) and
 * the others get the old one ({@link #stale}) meanwhile, if no change came since.
 */
public final class RecentAnswers {

    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier clock;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Entry> entries;
    private final Set<Object> renewing = ConcurrentHashMap.newKeySet();

    private record Entry(Object value, long generation, long expiresAtNanos) {}

    public RecentAnswers(long ttlMillis, int maxEntries, LongSupplier nanoClock) {
        this.ttlNanos = Math.max(0, ttlMillis) * 1_000_000;
        this.maxEntries = Math.max(0, maxEntries);
        this.clock = nanoClock;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                return size() > RecentAnswers.this.maxEntries;
            }
        };
    }

    public boolean enabled() {
        return ttlNanos > 0 && maxEntries > 0;
    }

    /** The answer kept for this key, if it is still current. */
    public <T> Optional<T> get(Object key, Class<T> type) {
        return keptUntil(key, type, 0);
    }

    /**
     * The answer kept for this key whose time is up, by less than its time again, if the data it was
     * computed from is still unchanged: given while another caller computes it anew.
     */
    public <T> Optional<T> stale(Object key, Class<T> type) {
        return keptUntil(key, type, ttlNanos);
    }

    /** The answer kept for this key from unchanged data, unless its time has been up for more than {@code lateNanos}. */
    private <T> Optional<T> keptUntil(Object key, Class<T> type, long lateNanos) {
        if (!enabled()) {
            return Optional.empty();
        }
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null
                || entry.generation() != generation.get()
                || clock.getAsLong() - entry.expiresAtNanos() > lateNanos) {
            return Optional.empty();
        }
        return Optional.of(type.cast(entry.value()));
    }

    /**
     * Whether the caller is the one to compute this key's answer anew; true for one caller at a time,
     * until it calls {@link #renewed}.
     */
    public boolean claimRenewal(Object key) {
        return renewing.add(key);
    }

    /** The caller that claimed the renewal of this key is done (whether or not it kept an answer). */
    public void renewed(Object key) {
        renewing.remove(key);
    }

    /**
     * Keeps an answer computed while the data was at {@code generationBefore} (read with
     * {@link #generation()} before computing it): an answer overtaken by a change while it was being
     * computed is not kept.
     */
    public void put(Object key, Object value, long generationBefore) {
        long now = clock.getAsLong();
        if (!enabled() || generationBefore != generation.get()) {
            return;
        }
        var entry = new Entry(value, generationBefore, now + ttlNanos);
        synchronized (entries) {
            entries.put(key, entry);
        }
    }

    public long generation() {
        return generation.get();
    }

    /** The data changed: every kept answer may be out of date. */
    public void changed() {
        generation.incrementAndGet();
        synchronized (entries) {
            entries.clear();
        }
    }
}
