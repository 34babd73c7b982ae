package org.tori.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.platform.cache.PublicPages;
import org.tori.platform.cache.RecentAnswers;

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
 * are kept, the least recently asked leaving first. When an answer's time is up, one reader's
 * request asks Elasticsearch anew while the others asking the same get the kept answer meanwhile
 * ({@link #answer}), unless the index changed since: a popular question costs one query per
 * {@code tori.search.cache-millis}, not one per reader waiting at that moment.
 */
@ApplicationScoped
public class ResultCache {

    @Inject
    @ConfigProperty(name = "tori.search.cache-millis", defaultValue = "2000")
    long ttlMillis;

    @Inject
    @ConfigProperty(name = "tori.search.cache-entries", defaultValue = "1000")
    int maxEntries;

    /** The pages kept for readers show search answers too (the search page, related lessons). */
    @Inject
    PublicPages pages;

    private LongSupplier clock = System::nanoTime;
    private RecentAnswers answers;

    @PostConstruct
    void init() {
        answers = new RecentAnswers(ttlMillis, maxEntries, clock);
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
        return answers.enabled();
    }

    /** The answer kept for this key, if it is still current. */
    public <T> Optional<T> get(Object key, Class<T> type) {
        return answers.get(key, type);
    }

    /** Asks Elasticsearch; an {@link IOException} when it cannot be reached. */
    public interface Question<T> {
        T ask() throws IOException;
    }

    /**
     * The answer kept for this key while it is current; otherwise asked anew and kept. When its time
     * is up and the index has not changed since, one caller asks anew and the others get the kept
     * answer meanwhile.
     */
    public <T> T answer(Object key, Class<T> type, Question<T> question) throws IOException {
        return answer(key, type, question, a -> true);
    }

    /** The same; an answer that {@code worthKeeping} refuses (one cut short) is given but not kept. */
    public <T> T answer(Object key, Class<T> type, Question<T> question, Predicate<? super T> worthKeeping)
            throws IOException {
        var kept = answers.get(key, type);
        if (kept.isPresent()) {
            return kept.get();
        }
        var stale = answers.stale(key, type);
        if (stale.isPresent() && !answers.claimRenewal(key)) {
            return stale.get();
        }
        try {
            long generation = answers.generation();
            var answer = question.ask();
            if (worthKeeping.test(answer)) {
                answers.put(key, answer, generation);
            }
            return answer;
        } finally {
            if (stale.isPresent()) {
                answers.renewed(key);
            }
        }
    }

    /**
     * Keeps an answer computed while the index was at {@code generationBefore} (read with
     * {@link #generation()} before asking Elasticsearch): an answer overtaken by a change while it was
     * being computed is not kept.
     */
    public void put(Object key, Object value, long generationBefore) {
        answers.put(key, value, generationBefore);
    }

    public long generation() {
        return answers.generation();
    }

    /** The index changed: every kept answer may be out of date. */
    public void indexChanged() {
        answers.changed();
        if (pages != null) {
            pages.changed();
        }
    }
}
