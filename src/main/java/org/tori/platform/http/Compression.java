package org.tori.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Sends text (pages, styles, scripts, JSON, SVG, CSV, feeds) gzip-compressed to clients that accept
 * it: the PrimeFaces theme alone shrinks from about 200 KiB to under 30 KiB. A filter in the WAR
 * rather than the HTTP listener's compression, so `bin/tori run`, the cluster, the container image and
 * every test serve the same bytes without server configuration. Versioned resources (those whose
 * address names their version, {@code v=…}) may be kept by the browser for a year.
 */
public class Compression extends HttpFilter {

    /** Types worth compressing; images other than SVG, fonts in woff2 and archives are compressed already. */
    static final Set<String> TEXT = Set.of(
            "text/html",
            "text/css",
            "text/javascript",
            "application/javascript",
            "application/x-javascript",
            "application/json",
            "application/problem+json",
            "image/svg+xml",
            "text/plain",
            "text/csv",
            "text/xml",
            "application/xml",
            "application/atom+xml",
            "application/xhtml+xml");
    /** Below this, gzip's own header and trailer eat what it saves. */
    static final int SMALLEST = 256;

    static final String YEAR = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (versionedResource(request)) {
            response = new YearLong(response);
        }
        response.addHeader("Vary", "Accept-Encoding");
        if (!acceptsGzip(request.getHeader("Accept-Encoding"))
                || "HEAD".equals(request.getMethod())
                || request.getHeader("Range") != null) {
            chain.doFilter(request, response);
            return;
        }
        var compressed = new GzipResponse(response);
        chain.doFilter(request, compressed);
        compressed.finish();
    }

    static boolean versionedResource(HttpServletRequest request) {
        var query = request.getQueryString();
        return "GET".equals(request.getMethod())
                && query != null
                && request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")
                && (query.startsWith("v=") || query.contains("&v="));
    }

    /** Faces gives its resources a week; one whose address carries its version never changes. */
    private static final class YearLong extends HttpServletResponseWrapper {
        YearLong(HttpServletResponse response) {
            super(response);
            super.setHeader("Cache-Control", YEAR);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name) && !"Expires".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name) && !"Expires".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long value) {
            if (!"Expires".equalsIgnoreCase(name)) {
                super.setDateHeader(name, value);
            }
        }
    }

    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (var part : header.split(",")) {
            var pieces = part.trim().split(";");
            if (pieces[0].trim().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < pieces.length; i++) {
                    var parameter = pieces[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                    if (parameter.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    static boolean textType(String contentType) {
        if (contentType == null) {
            return false;
        }
        var base = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return TEXT.contains(base);
    }
}
