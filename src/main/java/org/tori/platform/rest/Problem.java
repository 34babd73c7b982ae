package org.tori.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem body; {@code errors} names the fields at fault when there are any. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, String message) {}

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        var problem = new Problem("about:blank", title, status, detail, errors == null ? List.of() : errors);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
