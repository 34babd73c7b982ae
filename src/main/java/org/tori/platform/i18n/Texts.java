package org.tori.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks a message key up in the feature bundles ({@code i18n/<feature>}), for code that speaks to
 * users outside a Faces page: problem bodies of the API, mails, validation.
 */
public final class Texts {

    private static final String[] BUNDLES = {
        "i18n.platform",
        "i18n.accounts",
        "i18n.spaces",
        "i18n.judging",
        "i18n.search",
        "i18n.mail",
        "i18n.notifications",
        "i18n.stories",
        "i18n.scorecard",
        "i18n.opendata",
        "i18n.knowledge",
        "i18n.livinglabs",
        "i18n.citytocity",
        "i18n.consultations",
        "i18n.roadmap",
        "i18n.valuestreams",
        "i18n.pilots",
        "i18n.newsevents",
        "i18n.maturity",
        "i18n.ecosystem"
    };

    /** English is the base bundle: never fall back to the server's own default language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * The texts found so far, by language and key: a lookup walks up to twenty bundles, and a
     * rebuild of the search index asks for the same few hundred texts for every lesson. Only keys
     * a bundle has are kept, so it holds no more than the bundles do.
     */
    private static final Map<Locale, Map<String, String>> FOUND = new ConcurrentHashMap<>();

    private Texts() {}

    public static String get(Locale locale, String key, Object... args) {
        var pattern = pattern(locale, key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static String pattern(Locale locale, String key) {
        var known = FOUND.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        var pattern = known.get(key);
        if (pattern != null) {
            return pattern;
        }
        for (var name : BUNDLES) {
            try {
                var bundle = ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    pattern = bundle.getString(key);
                    known.put(key, pattern);
                    return pattern;
                }
            } catch (MissingResourceException bundleAbsent) {
                // a feature without a bundle yet: look in the next one
            }
        }
        return null;
    }
}
