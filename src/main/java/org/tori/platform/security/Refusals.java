package org.tori.platform.security;

import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.tori.platform.rest.Problem;

/** Answers a request the filters refuse with the same problem body the API uses. */
final class Refusals {

    private Refusals() {}

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try (var jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(new Problem("about:blank", title, status, detail, List.of())));
        } catch (IOException e) {
            throw e;
        } catch (Exception closing) {
            throw new IOException(closing);
        }
    }
}
