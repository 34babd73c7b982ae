package org.tori.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The language of the current request, as {@link LanguageFilter} chose it. */
@Named("language")
@RequestScoped
public class CurrentLanguage {

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        var chosen = request.getAttribute(LanguageFilter.ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Languages.FALLBACK;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return Languages.SUPPORTED;
    }

    /**
     * The link that switches to a language and comes back to this page as it is: a search keeps its
     * words, a list its filters ({@link LanguageFilter} drops {@code lang} again when it redirects).
     */
    public String switchTo(Locale locale) {
        return switchLink(request.getQueryString(), locale.getLanguage());
    }

    static String switchLink(String query, String tag) {
        var kept = LanguageFilter.keptQuery(query);
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + tag;
    }

    /** Each language names itself, so a reader who does not know the current one still finds theirs. */
    public String ownName(Locale locale) {
        var name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
