package org.tori.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theUsersChoiceWinsOverTheBrowser() {
        assertEquals("sv", Languages.choose("sv", "fi-FI,fi;q=0.9").getLanguage());
    }

    @Test
    void theBrowserPreferenceIsFollowedAmongSupportedLanguages() {
        assertEquals("fi", Languages.choose(null, "de-DE,fi;q=0.8,en;q=0.5").getLanguage());
    }

    @Test
    void unknownOrMalformedPreferencesFallBackToEnglish() {
        assertEquals(Locale.ENGLISH, Languages.choose("xx", "de-DE"));
        assertEquals(Locale.ENGLISH, Languages.choose(null, ";;;q=abc"));
    }
}
