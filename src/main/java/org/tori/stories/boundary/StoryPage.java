package org.tori.stories.boundary;

import java.util.List;

/** One page of the story list. */
public record StoryPage(long total, int page, int size, List<StorySummary> items) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
