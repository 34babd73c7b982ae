package org.tori.valuestreams.boundary;

import java.util.List;

/** A life event as the hub shows it, with the lessons, spaces and stories that concern it (those the reader may read). */
public record LifeEventRow(
        long id, String name, String description, List<Tagged> lessons, List<Tagged> spaces, List<Tagged> stories) {

    /** A lesson, space or story that a life event concerns. */
    public record Tagged(long id, String title) {}
}
