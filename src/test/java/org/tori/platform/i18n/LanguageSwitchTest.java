package org.tori.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Switching the language comes back to the same page as it was: a search keeps its words. */
class LanguageSwitchTest {

    @Test
    void theSwitchKeepsWhatThePageWasAskedFor() {
        assertEquals(
                "?q=kokeilu+robotti&type=lesson&lang=fi",
                CurrentLanguage.switchLink("q=kokeilu+robotti&type=lesson", "fi"));
    }

    @Test
    void aPageWithoutParametersGetsOnlyTheLanguage() {
        assertEquals("?lang=sv", CurrentLanguage.switchLink(null, "sv"));
        assertEquals("?lang=sv", CurrentLanguage.switchLink("", "sv"));
    }

    @Test
    void anEarlierChoiceIsReplacedNotRepeated() {
        assertEquals("?q=x&lang=fi", CurrentLanguage.switchLink("lang=en&q=x", "fi"));
    }
}
