package org.tori.roadmap.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.tori.knowledge.entity.Visibility;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** What staff write about an item; {@link RoadmapItem#describe} checks it. Nulls are "not given". */
public record ItemFacts(
        String title,
        String summary,
        String owner,
        Set<ValueStream> valueStreams,
        Set<Theme> themes,
        CityDomain domain,
        String city,
        LocalDate startsOn,
        LocalDate plannedEnd,
        BigDecimal budgetEur,
        String expectedImpact,
        Integer ownProgress,
        BigDecimal weight,
        Visibility visibility) {

    public ItemFacts {
        valueStreams = valueStreams == null ? Set.of() : Set.copyOf(valueStreams);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
