package org.tori.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Tori speaks and how a request's language is chosen among them. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(new Locale("fi"), Locale.ENGLISH, new Locale("sv"));
    public static final Locale FALLBACK = Locale.ENGLISH;
    public static final String COOKIE = "tori-lang";

    private Languages() {}

    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        var language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The user's explicit choice first, then the browser's preference, then the fallback. */
    public static Locale choose(String cookieValue, String acceptLanguage) {
        var chosen = supported(cookieValue);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                var match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformedHeader) {
                return FALLBACK;
            }
        }
        return FALLBACK;
    }
}
