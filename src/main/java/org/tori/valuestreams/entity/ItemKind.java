package org.tori.valuestreams.entity;

/** What a life event can be tagged on. */
public enum ItemKind {
    LESSON,
    SPACE
}
