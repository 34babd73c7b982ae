package org.tori.accounts.entity;

import java.util.Collection;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tori.platform.DomainException;

/**
 * Skills and interests are free tags; they are kept in one spelling (trimmed, single spaces,
 * lower-case) so that "IoT " and "iot" match when teams are formed or notifications chosen.
 */
public final class Tags {

    public static final int MAX_TAGS = 20;
    public static final int MAX_LENGTH = 60;

    private Tags() {}

    public static SortedSet<String> normalise(Collection<String> raw, String field) {
        var tags = new TreeSet<String>();
        if (raw == null) {
            return tags;
        }
        for (var tag : raw) {
            if (tag == null) {
                continue;
            }
            var clean = tag.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > MAX_LENGTH) {
                throw new DomainException(DomainException.Kind.INVALID, "account.tags.tooLong", field);
            }
            tags.add(clean);
        }
        if (tags.size() > MAX_TAGS) {
            throw new DomainException(DomainException.Kind.INVALID, "account.tags.tooMany", field);
        }
        return tags;
    }
}
