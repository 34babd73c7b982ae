package org.tori.news.entity;

/** What kind of news it is. */
public enum NewsCategory {
    NEWS,
    MEDIA_RELEASE,
    PARTNERSHIP,
    CALL,
    RESULTS
}
