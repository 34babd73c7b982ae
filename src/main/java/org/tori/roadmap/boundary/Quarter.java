package org.tori.roadmap.boundary;

import java.time.LocalDate;
import java.util.List;

/** One quarter of the timeline: the items running in it and the milestones dated in it. */
public record Quarter(
        int year, int number, LocalDate from, LocalDate to, List<ItemRow> items, List<MilestoneRow> milestones) {}
