package org.tori.roadmap.boundary;

import org.tori.roadmap.entity.Milestone;
import org.tori.roadmap.entity.RoadmapItem;

/** Entities into the records pages and open data show. */
final class Rows {

    private Rows() {}

    static ItemRow of(RoadmapItem i, int depth) {
        return new ItemRow(
                i.getId(),
                i.getParent() == null ? null : i.getParent().getId(),
                i.getTitle(),
                i.getSummary(),
                i.getStatus().getCode(),
                i.getStatus().getName(),
                i.progress(),
                i.getCity(),
                i.getOwner(),
                i.getStartsOn(),
                i.getPlannedEnd(),
                i.getEndedOn(),
                i.getValueStreams().stream().map(Enum::name).toList(),
                i.getThemes().stream().map(Enum::name).toList(),
                i.getVisibility().name(),
                depth);
    }

    static MilestoneRow of(Milestone m) {
        return new MilestoneRow(
                m.getId(),
                m.getItem().getId(),
                m.getItem().getTitle(),
                m.getTitle(),
                m.getBody(),
                m.getDueOn(),
                m.isReached(),
                m.getProgress(),
                m.getPublishedAt());
    }
}
