package org.tori.notifications.entity;

/** What a member can follow; cause categories join when the knowledge base brings them. */
public enum FollowKind {
    SPACE,
    THEME,
    CITY,
    ROADMAP
}
