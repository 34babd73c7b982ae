package org.tori.platform;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A rule of the domain said no. The key names a message in the resource bundles, so pages and the
 * API can explain the refusal in the user's language; the field, if any, is the input at fault.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    public enum Kind {
        INVALID,
        CONFLICT,
        NOT_FOUND,
        FORBIDDEN,
        UNAUTHORIZED,
        TOO_MANY,
        TOO_LARGE
    }

    private final Kind kind;
    private final String key;
    private final String field;

    public DomainException(Kind kind, String key, String field) {
        super(key);
        this.kind = Objects.requireNonNull(kind);
        this.key = Objects.requireNonNull(key);
        this.field = field;
    }

    public DomainException(Kind kind, String key) {
        this(kind, key, null);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public String field() {
        return field;
    }
}
