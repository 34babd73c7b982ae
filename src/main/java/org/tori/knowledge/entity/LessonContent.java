package org.tori.knowledge.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** What a lesson says, as its author wrote it; checked by {@link Lesson#describe}. */
public record LessonContent(
        String title,
        String city,
        String organisation,
        LocalDate happenedOn,
        String language,
        String context,
        String whatHappened,
        String whatWorked,
        String whatDidNot,
        String recommendation,
        Set<Theme> themes,
        CityDomain domain,
        Set<ValueStream> valueStreams,
        Long spaceId,
        List<String> links,
        Visibility visibility) {}
