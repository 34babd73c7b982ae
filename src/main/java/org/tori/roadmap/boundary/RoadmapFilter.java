package org.tori.roadmap.boundary;

import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** What the roadmap's filters ask for; null parts match everything. */
public record RoadmapFilter(ValueStream valueStream, Theme theme, String city, String status) {

    public static final RoadmapFilter NONE = new RoadmapFilter(null, null, null, null);

    public boolean isEmpty() {
        return valueStream == null && theme == null && (city == null || city.isBlank()) && status == null;
    }

    boolean matches(ItemRow row) {
        return (valueStream == null || row.valueStreams().contains(valueStream.name()))
                && (theme == null || row.themes().contains(theme.name()))
                && (city == null || city.isBlank() || city.strip().equalsIgnoreCase(row.city()))
                && (status == null || status.equals(row.statusCode()));
    }
}
