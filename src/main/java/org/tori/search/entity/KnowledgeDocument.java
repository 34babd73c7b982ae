package org.tori.search.entity;

import java.util.List;

/**
 * A lesson (kind "lesson") or one cause of its analysis (kind "cause") as it sits in the
 * knowledge index. Tags carry the vocabulary labels in Finnish, English and Swedish, so a query in
 * one language reaches lessons written in another; spell holds public words only, for "did you mean".
 * Life events (by id) are set on lessons only.
 */
public record KnowledgeDocument(
        String kind,
        String lessonId,
        String title,
        String body,
        String tags,
        String city,
        String organisation,
        String language,
        String date,
        Integer year,
        List<String> themes,
        String domain,
        List<String> valueStreams,
        List<String> causeCategories,
        String visibility,
        Boolean practice,
        Integer adoptions,
        String spell,
        List<String> suggest,
        List<String> lifeEvents) {}
