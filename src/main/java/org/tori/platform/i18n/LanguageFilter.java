package org.tori.platform.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch: a plain link with {@code ?lang=fi} stores the choice in a cookie and comes
 * back to the same page, so it works without JavaScript and keeps no server-side session state.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    static final String ATTRIBUTE = "tori.locale";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // only a GET switches the language: reading a parameter of a POST here would parse its body (files too) early
        var requested = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
        if (requested != null) {
            var language = Languages.supported(requested);
            if (language.isPresent()) {
                var cookie = new Cookie(Languages.COOKIE, language.get().getLanguage());
                cookie.setPath("/");
                cookie.setMaxAge(60 * 60 * 24 * 365);
                cookie.setHttpOnly(true);
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
                response.sendRedirect(response.encodeRedirectURL(withoutLang(request)));
                return;
            }
        }
        String cookieValue = null;
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (Languages.COOKIE.equals(cookie.getName())) {
                    cookieValue = cookie.getValue();
                }
            }
        }
        request.setAttribute(ATTRIBUTE, Languages.choose(cookieValue, request.getHeader("Accept-Language")));
        chain.doFilter(request, response);
    }

    private static String withoutLang(HttpServletRequest request) {
        var kept = keptQuery(request.getQueryString());
        // "//other.site/x" or "/\\other.site" would send the visitor away: only ever a path of ours
        return "/" + request.getRequestURI().replaceFirst("^[/\\\\]+", "") + (kept.isEmpty() ? "" : "?" + kept);
    }

    /** A page's query (as sent, still encoded) without its {@code lang} parameter: what a switch keeps. */
    static String keptQuery(String query) {
        var kept = new StringBuilder();
        for (var part : (query == null ? "" : query).split("&")) {
            if (!part.isEmpty() && !part.startsWith("lang=")) {
                kept.append(kept.isEmpty() ? "" : "&").append(part);
            }
        }
        return kept.toString();
    }
}
