package org.tori.citytocity.boundary;

import java.util.ArrayList;
import java.util.List;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** Numbers from request parameters: ids (0 when absent or not a number) and lists of lesson numbers. */
final class Numbers {

    private Numbers() {
    }

    static long parse(String raw) {
        try {
            return raw == null ? 0 : Long.parseLong(raw.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** "12, 15 #20" → [12, 15, 20]; anything else than numbers is refused with a message. */
    static List<Long> lessonIds(String raw) {
        var ids = new ArrayList<Long>();
        if (raw == null || raw.isBlank()) {
            return ids;
        }
        for (var part : raw.split("[\\s,;]+")) {
            var token = part.startsWith("#") ? part.substring(1) : part;
            if (token.isEmpty()) {
                continue;
            }
            long id = parse(token);
            if (id <= 0) {
                throw new DomainException(Kind.INVALID, "c2c.learning.lessonNumbers", "lessonIds");
            }
            ids.add(id);
        }
        return ids;
    }
}
