package org.tori.search.entity;

import java.util.List;

/** A public co-creation space as it sits in the index; the description as plain text; life events by id. */
public record SpaceDocument(
        String id,
        String kind,
        String phase,
        String title,
        String summary,
        String description,
        String organiser,
        String city,
        List<String> themes,
        String domain,
        List<String> valueStreams,
        List<String> lifeEvents) {}
