package org.tori.citytocity.entity;

import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** The checks every text a member writes goes through: present, and not longer than its limit. */
final class PostText {

    private PostText() {}

    static void require(String source, String html, int max, String key, String field) {
        if (source == null
                || source.isBlank()
                || html == null
                || html.replaceAll("<[^>]*>", "").isBlank()) {
            throw new DomainException(Kind.INVALID, key + ".required", field);
        }
        if (source.strip().length() > max) {
            throw new DomainException(Kind.INVALID, key + ".tooLong", field);
        }
    }
}
