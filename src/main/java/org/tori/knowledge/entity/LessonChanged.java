package org.tori.knowledge.entity;

/** Anything about a lesson changed (text, status, analysis, adoptions); fired inside the transaction. */
public record LessonChanged(long lessonId) {}
