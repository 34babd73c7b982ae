package org.tori.platform.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Serves a page an anonymous reader asked for in the last moment from {@link PublicPages} instead of
 * rendering it again: the popular pages of a programme (the front page, a hackathon everyone was sent
 * the link of) cost a lookup. Only what any anonymous reader with the same language would get is
 * kept: a 200 text/html page that set no cookie and opened no session. When its time is up, one
 * request renders it anew while the others get the kept page, unless something changed since. A request that may write (any
 * method but GET, HEAD and OPTIONS) ends the generation before it runs and again after, and
 * {@code Cache-Control: no-cache} (a browser's reload) renders the page anew. {@value #HEADER} tells
 * operators which it was.
 */
public class PageCache extends HttpFilter {

    public static final String HEADER = "X-Tori-Page";
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    PublicPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!READING.contains(request.getMethod())) {
            pages.changed();
            try {
                chain.doFilter(request, response);
            } finally {
                pages.changed();
            }
            return;
        }
        var key = pages.enabled() ? PageKey.of(request) : Optional.<PageKey>empty();
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean renewing = false;
        if (!renderAnew(request)) {
            var kept = pages.get(key.get());
            if (kept.isEmpty()) {
                // its time is up: one request renders it anew, the others get the kept page meanwhile
                var stale = pages.stale(key.get());
                renewing = stale.isPresent() && pages.claimRenewal(key.get());
                if (stale.isPresent() && !renewing) {
                    kept = stale;
                }
            }
            if (kept.isPresent()) {
                kept.get().writeTo(response);
                pages.served();
                return;
            }
        }
        try {
            long generation = pages.generation();
            var rendering = new RenderedPage(response);
            chain.doFilter(request, rendering);
            if (request.getSession(false) == null) {
                rendering.page().ifPresent(page -> pages.keep(key.get(), page, generation));
            }
        } finally {
            if (renewing) {
                pages.renewed(key.get());
            }
        }
    }

    private static boolean renderAnew(HttpServletRequest request) {
        var control = request.getHeader("Cache-Control");
        return (control != null && control.contains("no-cache")) || request.getHeader("Pragma") != null;
    }
}
