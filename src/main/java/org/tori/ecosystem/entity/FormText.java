package org.tori.ecosystem.entity;

import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** Free text of the ecosystem's forms: trimmed, blank as absent, refused when too long. */
final class FormText {

    private FormText() {}

    static String clean(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > max) {
            throw new DomainException(Kind.INVALID, "organisation.tooLong", field);
        }
        return text;
    }

    static String required(String value, int max, String field) {
        var text = clean(value, max, field);
        if (text == null) {
            throw new DomainException(Kind.INVALID, "organisation." + field + ".required", field);
        }
        return text;
    }
}
