package org.tori.stories.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tori.pilots.boundary.PilotStories;

/** The published stories a pilot's page may link, by title (the pilots feature asks; stories answer). */
@ApplicationScoped
public class StoriesForPilots implements PilotStories {

    @Inject
    StoriesByStream stories;

    @Override
    public List<StoryTitle> published() {
        return stories.published().stream()
                .map(s -> new StoryTitle(s.id(), s.title()))
                .toList();
    }

    @Override
    public Optional<StoryTitle> find(long id) {
        return stories.titles(List.of(id)).stream().findFirst().map(s -> new StoryTitle(s.id(), s.title()));
    }
}
