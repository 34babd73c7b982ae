package org.tori.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Languages;
import org.tori.platform.i18n.Texts;

/**
 * Turns every failure of the API into a problem body. Domain refusals and invalid input keep their
 * status and say why in the caller's language; anything unexpected is logged and answered without
 * a stack trace.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return Languages.choose(null, headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY -> 429;
        };
    }

    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(DomainException e) {
            var locale = locale(headers);
            var message = Texts.get(locale, e.key());
            var errors = e.field() == null ? null : java.util.List.of(new Problem.FieldError(e.field(), message));
            int status = status(e.kind());
            return Problem.response(status, Response.Status.fromStatusCode(status) == null
                    ? "Too Many Requests" : Response.Status.fromStatusCode(status).getReasonPhrase(), message, errors);
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            var locale = locale(headers);
            var errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problem.response(400, "Bad Request", Texts.get(locale, "problem.invalid"), errors);
        }

        private static String leaf(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            var reason = e.getResponse().getStatusInfo().getReasonPhrase();
            if (status >= 500) {
                LOG.log(Level.WARNING, "API request failed", e);
                return Problem.response(status, reason, null, null);
            }
            return Problem.response(status, reason, e.getMessage(), null);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            if (e instanceof jakarta.ws.rs.ProcessingException || e instanceof IllegalArgumentException) {
                // unreadable JSON, wrong types: the caller's fault, not ours
                return Problem.response(400, "Bad Request", "The request body could not be read.", null);
            }
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return Problem.response(500, "Internal Server Error", null, null);
        }
    }
}
