package org.tori.citytocity.boundary;

/** Numbers from request parameters: ids, 0 when absent or not a number. */
final class Numbers {

    private Numbers() {}

    static long parse(String raw) {
        try {
            return raw == null ? 0 : Long.parseLong(raw.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
