package org.tori.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's operator token (TORI_OPERATOR_TOKEN), with which scripts such as bin/tori
 * reindex, import and staff act on a running portal. Unset or shorter than 16 characters, no
 * request carries it.
 */
@RequestScoped
public class OperatorToken {

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "tori.operator-token")
    Optional<String> token;

    /** Whether this request came with the token as its bearer credential. */
    public boolean presented() {
        var expected = token.filter(t -> t.length() >= 16).orElse(null);
        var header = request == null ? null : request.getHeader("Authorization");
        if (expected == null || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
