package org.tori.search.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResultCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ResultCache cache = ResultCache.of(2_000, 3, nanos::get);

    private void put(String key, String answer) {
        cache.put(key, answer, cache.generation());
    }

    @Test
    void theSameQuestionIsAnsweredFromTheCacheUntilItsTimeIsUp() {
        put("pilot", "3 hits");
        nanos.addAndGet(1_999_000_000L);
        assertEquals(Optional.of("3 hits"), cache.get("pilot", String.class));
        nanos.addAndGet(2_000_000L);
        assertTrue(cache.get("pilot", String.class).isEmpty(), "an answer older than its time is asked again");
    }

    @Test
    void whenAnAnswersTimeIsUpOneReaderAsksTheIndexWhileTheOthersGetTheKeptAnswer() throws Exception {
        put("pilot", "3 hits");
        nanos.addAndGet(2_500_000_000L);
        var asked = new AtomicLong();
        var others = new ArrayList<String>();
        var first = cache.answer("pilot", String.class, () -> {
            asked.incrementAndGet();
            // readers asking while the index answers the first one
            others.add(cache.answer("pilot", String.class, () -> "asked twice"));
            others.add(cache.answer("pilot", String.class, () -> "asked twice"));
            return "4 hits";
        });
        assertEquals("4 hits", first);
        assertEquals(List.of("3 hits", "3 hits"), others, "the kept answer meanwhile");
        assertEquals(1, asked.get());
        assertEquals("4 hits", cache.answer("pilot", String.class, () -> "not asked"), "then the new answer");

        nanos.addAndGet(2_500_000_000L);
        cache.indexChanged();
        assertEquals("after the change", cache.answer("pilot", String.class, () -> {
            assertEquals("5 hits", cache.answer("pilot", String.class, () -> "5 hits"), "nothing old is given");
            return "after the change";
        }));
    }

    @Test
    void anAnswerCutShortIsGivenButNotKept() throws Exception {
        var asked = new AtomicLong();
        assertEquals(
                "stopped early",
                cache.answer("pilot", String.class, () -> "stopped early", a -> !a.equals("stopped early")));
        assertEquals("3 hits", cache.answer("pilot", String.class, () -> {
            asked.incrementAndGet();
            return "3 hits";
        }));
        assertEquals(1, asked.get(), "the next reader asked the index");
        assertEquals(Optional.of("3 hits"), cache.get("pilot", String.class), "and a complete answer is kept");
    }

    @Test
    void aFailedQuestionLetsTheNextReaderAskAgain() {
        put("pilot", "3 hits");
        nanos.addAndGet(2_500_000_000L);
        assertThrows(
                IOException.class,
                () -> cache.answer("pilot", String.class, () -> {
                    throw new IOException("Elasticsearch unreachable");
                }));
        assertDoesNotThrow(() -> assertEquals("4 hits", cache.answer("pilot", String.class, () -> "4 hits")));
    }

    @Test
    void aChangeOfTheIndexDropsEveryKeptAnswer() {
        put("pilot", "3 hits");
        put("kokeilu", "1 hit");
        cache.indexChanged();
        assertTrue(cache.get("pilot", String.class).isEmpty());
        assertTrue(cache.get("kokeilu", String.class).isEmpty());
    }

    @Test
    void anAnswerComputedWhileTheIndexChangedIsNotKept() {
        long before = cache.generation();
        cache.indexChanged(); // a batch became searchable while Elasticsearch answered
        cache.put("pilot", "3 hits (old)", before);
        assertTrue(cache.get("pilot", String.class).isEmpty());
    }

    @Test
    void theLeastRecentlyAskedQuestionLeavesFirst() {
        put("a", "A");
        put("b", "B");
        put("c", "C");
        cache.get("a", String.class);
        put("d", "D");
        assertTrue(cache.get("b", String.class).isEmpty(), "b was asked longest ago");
        assertEquals(Optional.of("A"), cache.get("a", String.class));
        assertEquals(Optional.of("D"), cache.get("d", String.class));
    }

    @Test
    void noTimeMeansNoCache() {
        var off = ResultCache.of(0, 100, nanos::get);
        off.put("pilot", "3 hits", off.generation());
        assertTrue(off.get("pilot", String.class).isEmpty());
    }
}
