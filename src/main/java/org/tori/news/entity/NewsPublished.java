package org.tori.news.entity;

import java.util.Set;

/** A news item became public: the followers of its themes hear of it, inside the publishing transaction. */
public record NewsPublished(Long newsId, String title, String lead, String category, Set<String> themes) {

    public NewsPublished {
        themes = Set.copyOf(themes);
    }
}
