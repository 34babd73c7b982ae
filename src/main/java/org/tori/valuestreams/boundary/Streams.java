package org.tori.valuestreams.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.tori.spaces.entity.ValueStream;

/** A value stream's slug in addresses (family-with-children) and back. */
public final class Streams {

    private Streams() {}

    public static String slug(ValueStream stream) {
        return stream.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The stream a slug or an enum name names, in any case. */
    public static Optional<ValueStream> of(String slugOrName) {
        if (slugOrName == null) {
            return Optional.empty();
        }
        var name = slugOrName.strip().replace('-', '_');
        return Arrays.stream(ValueStream.values())
                .filter(v -> v.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
