package org.tori.spaces.boundary;

import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The filters of the space list; null means "any". {@code lifeEvent} is a life event's id (see platform.lifeevents). */
public record SpaceFilter(
        SpaceKind kind,
        Phase phase,
        Theme theme,
        CityDomain domain,
        ValueStream valueStream,
        String city,
        Long lifeEvent) {

    public SpaceFilter(
            SpaceKind kind, Phase phase, Theme theme, CityDomain domain, ValueStream valueStream, String city) {
        this(kind, phase, theme, domain, valueStream, city, null);
    }

    public static SpaceFilter any() {
        return new SpaceFilter(null, null, null, null, null, null);
    }
}
