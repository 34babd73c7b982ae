package org.tori.knowledge.entity;

/** A lesson is written as a draft, reviewed by staff, then published. */
public enum LessonStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED
}
