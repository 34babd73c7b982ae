package org.tori.citytocity.entity;

/** A member city posted a learning; the other member cities are told. */
public record LearningPosted(
        long spaceId, long learningId, long authorId, String city, String topicTitle, String excerpt) {}
