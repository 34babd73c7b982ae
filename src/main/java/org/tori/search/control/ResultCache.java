package org.tori.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answers of recent searches, so that the same question asked again (the popular queries of a
 * programme: "pilot", a city's name) costs a map lookup instead of an Elasticsearch query with its
 * typo tolerance, highlights and facets. Like Solr's result cache, it is emptied whenever the index
 * changes: the outbox worker calls {@link #indexChanged()} when Elasticsearch has taken a batch and
 * made it searchable (the bulk request refreshes the shards it touched), and a rebuild when it
 * switched the alias, so a reader never gets an answer older than the last write this instance
 * indexed. Another portal instance's writes reach this cache's answers
 * at the latest after {@code tori.search.cache-millis} (default 2,000 ms, the order of Elasticsearch's
 * own one-second refresh); 0 turns the cache off. At most {@code tori.search.cache-entries} answers
 * are kept, the least recently asked leaving first.
 */
@ApplicationScoped
public class ResultCache {

    @Inject
    @ConfigProperty(name = "tori.search.cache-millis", defaultValue = "2000")
    long ttlMillis;

    @Inject
    @ConfigProperty(name = "tori.search.cache-entries", defaultValue = "1000")
    int maxEntries;

    private final AtomicLong generation = new AtomicLong();
    private LongSupplier clock = System::nanoTime;
    private Map<Object, Entry> entries;

    private record Entry(Object value, long generation, long expiresAtNanos) {}

    @PostConstruct
    void init() {
        entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** For unit tests: a cache with its own clock. */
    static ResultCache of(long ttlMillis, int maxEntries, LongSupplier clock) {
        var cache = new ResultCache();
        cache.ttlMillis = ttlMillis;
        cache.maxEntries = maxEntries;
        cache.clock = clock;
        cache.init();
        return cache;
    }

    public boolean enabled() {
        return ttlMillis > 0 && maxEntries > 0;
    }

    /** The answer kept for this key, if it is still current. */
    public <T> Optional<T> get(Object key, Class<T> type) {
        if (!enabled()) {
            return Optional.empty();
        }
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null || entry.generation() != generation.get() || clock.getAsLong() - entry.expiresAtNanos() > 0) {
            return Optional.empty();
        }
        return Optional.of(type.cast(entry.value()));
    }

    /**
     * Keeps an answer computed while the index was at {@code generationBefore} (read with
     * {@link #generation()} before asking Elasticsearch): an answer overtaken by a change while it was
     * being computed is not kept.
     */
    public void put(Object key, Object value, long generationBefore) {
        long now = clock.getAsLong();
        if (!enabled() || generationBefore != generation.get()) {
            return;
        }
        var entry = new Entry(value, generationBefore, now + ttlMillis * 1_000_000);
        synchronized (entries) {
            entries.put(key, entry);
        }
    }

    public long generation() {
        return generation.get();
    }

    /** The index changed: every kept answer may be out of date. */
    public void indexChanged() {
        generation.incrementAndGet();
        synchronized (entries) {
            entries.clear();
        }
    }
}
