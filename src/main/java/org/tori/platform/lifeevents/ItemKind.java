package org.tori.platform.lifeevents;

/** What a life event can be tagged on: a lesson, a space or a story. */
public enum ItemKind {
    LESSON,
    SPACE,
    STORY
}
