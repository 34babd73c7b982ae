package org.tori.platform.cache;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tori.platform.i18n.Languages;

/**
 * What a page for an anonymous reader depends on: the address it was asked at (links and feeds
 * name the host) and the reader's language. Anyone with a session, a log-in, a flash message or any
 * cookie other than the language choice gets a page of their own, and so does a switch of language.
 */
record PageKey(String scheme, String host, String path, String query, String language) {

    /** Addresses that are not Faces pages, or answer for themselves. */
    private static final Set<String> NOT_PAGES =
            Set.of("/api/", "/jakarta.faces.resource/", "/resources/", "/metrics", "/health", "/openapi");

    static Optional<PageKey> of(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getHeader("Authorization") != null
                || request.getRequestedSessionId() != null) {
            return Optional.empty();
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        for (var prefix : NOT_PAGES) {
            if (path.startsWith(prefix)) {
                return Optional.empty();
            }
        }
        var query = request.getQueryString();
        if (query != null && (query.startsWith("lang=") || query.contains("&lang="))) {
            return Optional.empty();
        }
        String languageCookie = null;
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (!Languages.COOKIE.equals(cookie.getName())) {
                    return Optional.empty();
                }
                languageCookie = cookie.getValue();
            }
        }
        var language = Languages.choose(languageCookie, request.getHeader("Accept-Language"));
        var proto = request.getHeader("X-Forwarded-Proto");
        var host = request.getHeader("X-Forwarded-Host");
        return Optional.of(new PageKey(
                proto == null ? request.getScheme() : proto.toLowerCase(Locale.ROOT),
                host == null ? String.valueOf(request.getHeader("Host")) : host,
                path,
                query == null ? "" : query,
                language.toLanguageTag()));
    }
}
