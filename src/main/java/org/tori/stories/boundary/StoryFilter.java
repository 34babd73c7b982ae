package org.tori.stories.boundary;

import org.tori.judging.entity.ImpactValue;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** What the public story list may be narrowed by; null parts match everything. */
public record StoryFilter(Theme theme, ValueStream valueStream, ImpactValue impact, String city) {

    public static StoryFilter any() {
        return new StoryFilter(null, null, null, null);
    }
}
