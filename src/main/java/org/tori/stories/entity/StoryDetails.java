package org.tori.stories.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * What a story tells; the body is Markdown as its author wrote it. The lessons it came from are
 * lesson numbers, each once, in the writer's order.
 */
public record StoryDetails(
        String title,
        String lead,
        String body,
        Long spaceId,
        String partners,
        String city,
        Set<Theme> themes,
        ValueStream valueStream,
        BigDecimal investmentEur,
        List<Long> lessonIds) {

    public static final int MAX_LESSONS = 20;

    public StoryDetails {
        Objects.requireNonNull(title);
        Objects.requireNonNull(lead);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        if (investmentEur != null && investmentEur.signum() < 0) {
            throw new DomainException(Kind.INVALID, "story.investment.negative", "investment");
        }
        if (investmentEur != null && investmentEur.compareTo(new BigDecimal("1E12")) >= 0) {
            throw new DomainException(Kind.INVALID, "story.investment.range", "investment");
        }
        lessonIds =
                lessonIds == null ? List.of() : lessonIds.stream().distinct().toList();
        if (lessonIds.stream().anyMatch(id -> id == null || id <= 0)) {
            throw new DomainException(Kind.INVALID, "story.lessons.unknown", "lessonIds");
        }
        if (lessonIds.size() > MAX_LESSONS) {
            throw new DomainException(Kind.INVALID, "story.lessons.tooMany", "lessonIds");
        }
    }

    /** A story that names no lessons. */
    public StoryDetails(
            String title,
            String lead,
            String body,
            Long spaceId,
            String partners,
            String city,
            Set<Theme> themes,
            ValueStream valueStream,
            BigDecimal investmentEur) {
        this(title, lead, body, spaceId, partners, city, themes, valueStream, investmentEur, List.of());
    }
}
