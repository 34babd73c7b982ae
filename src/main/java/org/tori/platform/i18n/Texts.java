package org.tori.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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

    private Texts() {}

    public static String get(Locale locale, String key, Object... args) {
        for (var name : BUNDLES) {
            try {
                var bundle = ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    var pattern = bundle.getString(key);
                    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
                }
            } catch (MissingResourceException bundleAbsent) {
                // a feature without a bundle yet: look in the next one
            }
        }
        return key;
    }
}
