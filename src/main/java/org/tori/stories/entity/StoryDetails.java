package org.tori.stories.entity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** What a story tells; the body is Markdown as its author wrote it. */
public record StoryDetails(String title, String lead, String body, Long spaceId, String partners, String city,
        Set<Theme> themes, ValueStream valueStream, BigDecimal investmentEur) {

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
    }
}
