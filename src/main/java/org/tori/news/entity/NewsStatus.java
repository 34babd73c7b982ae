package org.tori.news.entity;

/** Where a news item is in the editorial flow. */
public enum NewsStatus {
    DRAFT,
    REVIEW,
    PUBLISHED
}
