package org.tori.judging.boundary;

import org.tori.judging.entity.ImpactValue;

/** One criterion as staff define it for a space. */
public record CriterionForm(String name, int weight, ImpactValue impact) {}
