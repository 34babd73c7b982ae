package org.tori.stories.entity;

/** Where a story is in the editorial flow; only published stories are public. */
public enum StoryStatus {
    DRAFT,
    REVIEW,
    PUBLISHED,
    ARCHIVED
}
