package org.tori.roadmap.boundary;

/** One step of the status list. */
public record StatusRow(long id, String code, String name, int defaultProgress, String outcome) {}
