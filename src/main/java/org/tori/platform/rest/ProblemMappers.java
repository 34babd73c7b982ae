package org.tori.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
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

    private ProblemMappers() {}

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
            case TOO_LARGE -> 413;
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
            var errors = e.field() == null ? null : List.of(new Problem.FieldError(e.field(), message));
            int status = status(e.kind());
            return Problem.response(
                    status,
                    Response.Status.fromStatusCode(status) == null
                            ? "Too Many Requests"
                            : Response.Status.fromStatusCode(status).getReasonPhrase(),
                    message,
                    errors);
        }
    }

    private static final MessageInterpolator INTERPOLATOR =
            jakarta.validation.Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            var locale = locale(headers);
            var errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), localised(v, locale)))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problem.response(400, "Bad Request", Texts.get(locale, "problem.invalid"), errors);
        }

        /** Bean Validation spoke the server's language; say it again in the caller's. */
        public static String localised(ConstraintViolation<?> violation, Locale locale) {
            var context = new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new ValidationException("not available");
                }
            };
            try {
                return INTERPOLATOR.interpolate(violation.getMessageTemplate(), context, locale);
            } catch (RuntimeException cannotInterpolate) {
                return violation.getMessage();
            }
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
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BodySizeLimit.TooLarge tooLarge) {
                    return Problem.response(413, "Content Too Large", tooLarge.getMessage(), null);
                }
            }
            if (e instanceof ProcessingException || e instanceof IllegalArgumentException) {
                // unreadable JSON, wrong types: the caller's fault, not ours
                return Problem.response(400, "Bad Request", "The request body could not be read.", null);
            }
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return Problem.response(500, "Internal Server Error", null, null);
        }
    }
}
