package org.tori.spaces.boundary;

import java.util.List;

/** One page of the space list. */
public record SpacePage(long total, int page, int size, List<SpaceSummary> items) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
