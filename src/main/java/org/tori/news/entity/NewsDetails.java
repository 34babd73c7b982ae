package org.tori.news.entity;

import java.util.Set;
import org.tori.spaces.entity.Theme;

/**
 * What staff write in a news item. Partners are named as free text; the press contact is the
 * office's role or address (never a member's own); an image needs its alternative text.
 */
public record NewsDetails(
        String title,
        String lead,
        String body,
        NewsCategory category,
        String partners,
        String pressContact,
        String imageAlt,
        Set<Theme> themes) {

    public NewsDetails {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
