package org.tori.knowledge.entity;

/** Trimming of free text before it is stored. */
final class FreeText {

    private FreeText() {}

    static String cut(String text, int max) {
        var stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    static String blankToNull(String text, int max) {
        return text == null || text.isBlank() ? null : cut(text, max);
    }
}
