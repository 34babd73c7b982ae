package org.tori.notifications.entity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed part of an unsubscribe link: who and what (a category, or every category delivered in
 * a daily or weekly digest), signed with HMAC-SHA256 so nobody can unsubscribe someone else.
 */
public record UnsubscribeToken(long accountId, String scope) {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public static String digestScope(Cadence cadence) {
        return "DIGEST_" + cadence.name();
    }

    public String sign(byte[] secret) {
        var payload = accountId + "." + scope;
        return B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(mac(secret, payload));
    }

    /** The token's content if its signature is right; empty for anything tampered with or malformed. */
    public static Optional<UnsubscribeToken> verify(String token, byte[] secret) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        var parts = token.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            var payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            var given = Base64.getUrlDecoder().decode(parts[1]);
            if (!MessageDigest.isEqual(given, mac(secret, payload))) {
                return Optional.empty();
            }
            var dot = payload.indexOf('.');
            return Optional.of(
                    new UnsubscribeToken(Long.parseLong(payload.substring(0, dot)), payload.substring(dot + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    /** The categories this token switches off, given which ones the member now gets in which cadence. */
    public boolean covers(Category category, Cadence current) {
        return scope.equals(category.name()) || scope.equals(digestScope(current));
    }

    private static byte[] mac(byte[] secret, String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
