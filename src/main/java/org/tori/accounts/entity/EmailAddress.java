package org.tori.accounts.entity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tori.platform.DomainException;

/** An e-mail address in the one form Tori stores and compares: trimmed and lower-case. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        Objects.requireNonNull(value);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new DomainException(DomainException.Kind.INVALID, "account.email.invalid", "email");
        }
    }

    public static EmailAddress of(String raw) {
        if (raw == null) {
            throw new DomainException(DomainException.Kind.INVALID, "account.email.invalid", "email");
        }
        return new EmailAddress(raw.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
