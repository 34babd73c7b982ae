package org.tori.platform.cache;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A rendered page and the headers it was sent with. Its script nonce is never sent again: the body
 * is kept in the pieces between the nonce's occurrences, and every reader gets the page with a nonce
 * of their own, as if it had just been rendered for them.
 */
record KeptPage(String contentType, Map<String, List<String>> headers, String nonce, List<String> pieces) {

    /** How PrimeFaces' policy names the nonce of the page's scripts. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]{16,})'");

    static KeptPage of(String contentType, Map<String, List<String>> headers, String body) {
        String nonce = null;
        for (var values : headers.values()) {
            for (var value : values) {
                var found = NONCE.matcher(value);
                if (found.find()) {
                    nonce = found.group(1);
                }
            }
        }
        var pieces = nonce == null ? List.of(body) : List.of(body.split(Pattern.quote(nonce), -1));
        return new KeptPage(contentType, Map.copyOf(headers), nonce, pieces);
    }

    /** The page as it would be rendered now, with {@code freshNonce} where the old nonce was. */
    String body(String freshNonce) {
        var body = new StringWriter();
        var out = new PrintWriter(body);
        write(out, freshNonce);
        out.flush();
        return body.toString();
    }

    private void write(PrintWriter out, String freshNonce) {
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                out.write(freshNonce);
            }
            out.write(pieces.get(i));
        }
    }

    void writeTo(HttpServletResponse response) throws IOException {
        var fresh = nonce == null ? null : freshNonce();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        headers.forEach((name, values) -> {
            for (int i = 0; i < values.size(); i++) {
                var value = fresh == null ? values.get(i) : values.get(i).replace(nonce, fresh);
                if (i == 0) {
                    response.setHeader(name, value);
                } else {
                    response.addHeader(name, value);
                }
            }
        });
        response.setHeader(PageCache.HEADER, "kept");
        write(response.getWriter(), fresh);
    }

    /** The same form PrimeFaces gives its nonces. */
    static String freshNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }
}
