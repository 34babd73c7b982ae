package org.tori.consultations.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/** One version in full: its sections with what changed since the version before, their comments and answers. */
public record VersionDetail(
        long spaceId,
        int number,
        OffsetDateTime publishedAt,
        String changeNote,
        boolean published,
        boolean takesComments,
        List<Section> sections) {

    /** A numbered section; {@code change} is NEW, CHANGED or SAME against the previous version. */
    public record Section(
            long id, String number, String heading, String bodyHtml, String change, List<Remark> comments) {}

    /** A comment with its author (name, and organisation for companies and cities) and the staff answer, if any. */
    public record Remark(
            long id,
            String author,
            String organisation,
            String bodyHtml,
            OffsetDateTime writtenAt,
            String answerHtml,
            String answeredBy,
            OffsetDateTime answeredAt) {}
}
