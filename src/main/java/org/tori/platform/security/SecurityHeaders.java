package org.tori.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers that make the browser refuse what Tori never does: being framed, sniffing types, leaking
 * full addresses to other sites, running scripts Tori did not send. Faces pages get the same policy
 * from PrimeFaces ({@code primefaces.CSP_POLICY} in web.xml), which adds the nonce its own inline
 * scripts carry; it replaces the strict fallback set here, which has no nonce at all.
 * <p>
 * style-src keeps 'unsafe-inline': PrimeFaces writes style attributes (widths, chart heights) that
 * a nonce cannot cover. Scripts never need it.
 */
public class SecurityHeaders extends HttpFilter {

    public static final String CSP = "Content-Security-Policy";
    /** The policy without its script nonce; web.xml repeats it for PrimeFaces, which appends the nonce. */
    public static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (behindTls(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Whether the browser reached us over TLS, directly or through a proxy that says so. */
    public static boolean behindTls(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** A second policy header would be enforced as well as the first: keep only the latest. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
