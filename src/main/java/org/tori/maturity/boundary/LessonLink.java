package org.tori.maturity.boundary;

/** A knowledge-base lesson as the maturity pages link it. */
public record LessonLink(long id, String title) {}
