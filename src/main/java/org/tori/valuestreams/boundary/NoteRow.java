package org.tori.valuestreams.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A phenomenon, customer journey or meeting of a collective as its page shows it. */
public record NoteRow(
        long id,
        String kind,
        String title,
        String body,
        String painPoints,
        String lifeEvent,
        Long spaceId,
        String spaceTitle,
        LocalDate heldOn,
        String author,
        OffsetDateTime writtenAt) {}
