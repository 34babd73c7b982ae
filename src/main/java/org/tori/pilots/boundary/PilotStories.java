package org.tori.pilots.boundary;

import java.util.List;
import java.util.Optional;

/**
 * The success stories a pilot can point to, by title: implemented by the stories feature (which
 * depends on pilots, not the other way round). Without it a pilot has no story to choose.
 */
public interface PilotStories {

    /** A published story's number and title. */
    record StoryTitle(long id, String title) {}

    /** Every published story, by title. */
    List<StoryTitle> published();

    /** The published story of this number, if it is one. */
    Optional<StoryTitle> find(long id);
}
