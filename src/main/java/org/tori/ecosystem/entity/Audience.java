package org.tori.ecosystem.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who a "how to take part" page speaks to. */
public enum Audience {
    CITIZEN,
    COMPANY,
    RESEARCH,
    PARTNER_CITY;

    /** The address form: partner-city. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Audience> ofSlug(String slug) {
        return slug == null
                ? Optional.empty()
                : Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }
}
