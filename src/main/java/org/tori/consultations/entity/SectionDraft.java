package org.tori.consultations.entity;

/**
 * A section as staff write it, before it becomes part of a version: its number ("2.1"; blank for
 * the next plain number), heading, the Markdown they typed and that Markdown as sanitised HTML.
 */
public record SectionDraft(String number, String heading, String bodySource, String bodyHtml) {

    public boolean isBlank() {
        return (heading == null || heading.isBlank()) && (bodySource == null || bodySource.isBlank());
    }
}
