package org.tori.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void ordinaryWordsArriveAsTyped() {
        assertEquals("parking sensors", SearchQuery.text("  parking   sensors ").q());
        assertEquals("", SearchQuery.text(null).q());
        assertEquals("", SearchQuery.text("   ").q());
    }

    @Test
    void longInputIsCutToTwelveWordsOfFortyCharactersAndTwoHundredInAll() {
        var many = SearchQuery.text("word ".repeat(100)).q();
        assertEquals(12, many.split(" ").length);
        var oneLong = SearchQuery.text("a".repeat(10_000)).q();
        assertEquals(SearchQuery.MAX_TERM, oneLong.length());
        var longWords = SearchQuery.text(("b".repeat(39) + " ").repeat(12)).q();
        assertTrue(longWords.length() <= SearchQuery.MAX_TEXT, longWords);
        assertEquals(5, longWords.split(" ").length);
    }

    @Test
    void aScannersPayloadBecomesOneBoundedWord() {
        var q = SearchQuery.text("data:;base64,PD9waHAgZWNobyAndzRwMXQxJywnX2V2YWwnOyA/Pg==")
                .q();
        assertEquals(SearchQuery.MAX_TERM, q.length());
    }
}
