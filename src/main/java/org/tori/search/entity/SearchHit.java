package org.tori.search.entity;

import java.util.List;

/** One result, with the matching words marked in the snippet (html); link is a path or null. */
public record SearchHit(
        String type,
        String id,
        String title,
        String subtitle,
        List<String> tags,
        String snippet,
        String link,
        double score) {}
