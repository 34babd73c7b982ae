package org.tori.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tori.search.entity.SearchHit;

/** What the search page says where hits are listed: never "nothing matched" for a search cut short. */
class SearchNoticeTest {

    private static final SearchHit HIT = new SearchHit(
            "lesson", "7", "Winter buses", "Tampere · 2025", List.of(), "…", "/knowledge/lesson?id=7", 1.0);

    private static SearchResults answer(List<SearchHit> hits, boolean partial) {
        return new SearchResults(hits.size(), hits, Map.of(), null, partial);
    }

    @Test
    void anAnswerThatRanToItsEndWithNothingSaysNothingMatched() {
        assertEquals("search.none", SearchView.notice(answer(List.of(), false)));
    }

    @Test
    void anAnswerCutShortWithNothingSaysTheSearchStoppedEarly() {
        assertEquals("search.stopped.none", SearchView.notice(answer(List.of(), true)));
    }

    @Test
    void hitsCutShortSayMoreMayBeMissing() {
        assertEquals("search.stopped.some", SearchView.notice(answer(List.of(HIT), true)));
    }

    @Test
    void hitsOfACompleteAnswerNeedNoLine() {
        assertNull(SearchView.notice(answer(List.of(HIT), false)));
    }
}
