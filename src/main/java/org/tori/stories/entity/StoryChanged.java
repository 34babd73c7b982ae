package org.tori.stories.entity;

/** A story was written, edited or moved in the editorial flow (for search and notifications to observe). */
public record StoryChanged(long storyId, StoryStatus status) {}
