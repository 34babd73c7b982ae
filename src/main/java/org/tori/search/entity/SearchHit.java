package org.tori.search.entity;

import java.util.List;

/** One result on the search page, with the matching words marked in the snippet; link is a path or null. */
public record SearchHit(String type, String id, String title, String subtitle, List<String> tags, String snippet,
        String link) {
}
