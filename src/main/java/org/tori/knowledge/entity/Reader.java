package org.tori.knowledge.entity;

import java.util.Arrays;
import java.util.List;

/**
 * Who reads: nobody signed in (null account), a member, a partner city (with its city) or staff.
 * Decides which visibilities are open to them.
 */
public record Reader(Long accountId, boolean staff, boolean partner, String city) {

    public static final Reader ANONYMOUS = new Reader(null, false, false, null);

    public boolean mayRead(Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> true;
            case PARTNERS -> partner || staff;
            case STAFF -> staff;
        };
    }

    public List<Visibility> readable() {
        return Arrays.stream(Visibility.values()).filter(this::mayRead).toList();
    }
}
