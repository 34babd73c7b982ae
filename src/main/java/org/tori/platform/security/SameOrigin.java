package org.tori.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * The API and the pages are signed in with the session cookie, so a page on another site could make
 * a visitor's browser write through them (CSRF), also through the stateless forms of log-in,
 * registration and password reset, which carry no token. Browsers name the page's origin on every
 * cross-site write; a write whose Origin (or, lacking it, Referer) is another site is refused with
 * 403 (problem JSON for the API, the error page for pages). Requests with neither come from
 * programs, not browsers, and carry no visitor's cookie unasked. See "Security notes" in the README.
 */
public class SameOrigin extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE.contains(request.getMethod()) && !fromHere(request)) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                Refusals.problem(response, 403, "Forbidden", "Writes from another site are refused.");
            } else {
                response.sendError(403);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromHere(HttpServletRequest request) {
        var origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeader("Referer");
        }
        if (origin == null || origin.isBlank()) {
            return true;
        }
        var host = request.getHeader("Host");
        try {
            var uri = URI.create(origin.strip());
            if ("null".equals(origin.strip()) || uri.getHost() == null || host == null) {
                return false;
            }
            var authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || withoutDefaultPort(host).equalsIgnoreCase(uri.getHost());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String withoutDefaultPort(String host) {
        return host.replaceFirst(":(80|443)$", "");
    }
}
