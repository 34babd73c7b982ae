package org.tori.opendata.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import org.tori.platform.rest.LicenceHeaders;

/**
 * Turns a rendered body into an answer with the licence, a strong ETag (a hash of the body) and,
 * when known, Last-Modified; a conditional GET that still matches gets 304 without the body.
 */
public final class Representations {

    public static final String ATTRIBUTION = "Tori open data, licensed under CC BY 4.0";

    private static final Jsonb JSON = JsonbBuilder.create();

    private Representations() {}

    public static String json(Object value) {
        return JSON.toJson(value);
    }

    public static Response answer(Request request, String body, String mediaType, OffsetDateTime lastModified) {
        var tag = new EntityTag(hash(body));
        Date modified =
                lastModified == null ? null : Date.from(lastModified.toInstant().truncatedTo(ChronoUnit.SECONDS));
        var notModified =
                modified == null ? request.evaluatePreconditions(tag) : request.evaluatePreconditions(modified, tag);
        var builder = notModified != null ? notModified : Response.ok(body, mediaType);
        builder.tag(tag)
                .header("Link", "<" + LicenceHeaders.LICENSE_URL + ">; rel=\"license\"")
                .header("X-License", LicenceHeaders.LICENSE)
                .header("Cache-Control", "public, max-age=60");
        if (modified != null) {
            builder.lastModified(modified);
        }
        return builder.build();
    }

    private static String hash(String body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
