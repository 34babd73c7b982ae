package org.tori.stories.boundary;

import org.tori.judging.entity.ImpactValue;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** What the public story list may be narrowed by; null parts match everything. {@code lifeEvent} is a life event's id. */
public record StoryFilter(Theme theme, ValueStream valueStream, ImpactValue impact, String city, Long lifeEvent) {

    public StoryFilter(Theme theme, ValueStream valueStream, ImpactValue impact, String city) {
        this(theme, valueStream, impact, city, null);
    }

    public StoryFilter withLifeEvent(Long id) {
        return new StoryFilter(theme, valueStream, impact, city, id);
    }

    public static StoryFilter any() {
        return new StoryFilter(null, null, null, null);
    }
}
