package org.tori.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Finnish, English and Swedish: no page falls back to another language. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "i18n/platform",
                "i18n/accounts",
                "i18n/spaces",
                "i18n/judging",
                "i18n/search",
                "i18n/mail",
                "i18n/notifications",
                "i18n/stories",
                "i18n/scorecard",
                "i18n/opendata",
                "i18n/knowledge",
                "i18n/livinglabs",
                "i18n/citytocity",
                "i18n/consultations",
                "i18n/faces",
                "ValidationMessages",
                "i18n/me"
            })
    void finnishAndSwedishHaveExactlyTheEnglishKeys(String bundle) throws IOException {
        var english = keys(bundle + ".properties");
        assertEquals(english, keys(bundle + "_fi.properties"), bundle + "_fi");
        assertEquals(english, keys(bundle + "_sv.properties"), bundle + "_sv");
    }

    private static TreeSet<String> keys(String resource) throws IOException {
        var stream = BundlesTest.class.getClassLoader().getResourceAsStream(resource);
        assertNotNull(stream, resource + " is missing");
        var properties = new Properties();
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
