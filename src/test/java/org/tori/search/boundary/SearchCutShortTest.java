package org.tori.search.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A search Elasticsearch stopped at its time limit with nothing found is asked again, not shown as "no match". */
class SearchCutShortTest {

    private static SearchResponse<JsonData> answer(boolean timedOut, int hits) {
        List<Hit<JsonData>> found = IntStream.range(0, hits)
                .mapToObj(
                        i -> Hit.<JsonData>of(h -> h.index("tori-knowledge-v1").id("lesson-" + i)))
                .toList();
        return SearchResponse.of(r -> r.took(500)
                .timedOut(timedOut)
                .shards(s -> s.total(1).successful(1).failed(0))
                .hits(h -> h.hits(found)));
    }

    @Test
    void anEmptyAnswerCutShortByTheTimeLimitIsAskedAgain() {
        assertTrue(Search.cutShortEmpty(answer(true, 0)));
    }

    @Test
    void anAnswerThatFoundSomethingOrRanToItsEndIsShown() {
        assertFalse(Search.cutShortEmpty(answer(true, 3)), "cut short, but with hits: shown as they are");
        assertFalse(Search.cutShortEmpty(answer(false, 0)), "ran to its end and found nothing: no match");
    }
}
