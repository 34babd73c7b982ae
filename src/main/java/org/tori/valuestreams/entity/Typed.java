package org.tori.valuestreams.entity;

import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** The one place the feature's entities check typed text: required, stripped, within its length. */
final class Typed {

    private Typed() {}

    static String required(String text, int max, String key, String field) {
        var value = optional(text, max, key, field);
        if (value == null) {
            throw new DomainException(Kind.INVALID, key + ".required", field);
        }
        return value;
    }

    static String optional(String text, int max, String key, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var value = text.strip();
        if (value.length() > max) {
            throw new DomainException(Kind.INVALID, key + ".tooLong", field);
        }
        return value;
    }
}
