package org.tori.citytocity.entity;

import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * The rule of hiding a topic or learning: staff give a reason everyone sees in place of the text,
 * which only staff still read.
 */
final class Moderation {

    static final int MAX_REASON = 1_000;

    private Moderation() {}

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(Kind.INVALID, "c2c.hide.reason", "reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DomainException(Kind.INVALID, "c2c.hide.reasonTooLong", "reason");
        }
        return reason.strip();
    }
}
