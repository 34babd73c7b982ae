package org.tori.judging.boundary;

/** A judging criterion as pages and the API show it; impact is the impact value's name, or null. */
public record CriterionSummary(long id, String name, int weight, String impact, String description) {}
