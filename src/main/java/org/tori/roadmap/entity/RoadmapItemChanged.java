package org.tori.roadmap.entity;

/** An item was written or its status moved: fired inside the transaction, so search queues it with the change. */
public record RoadmapItemChanged(long itemId) {}
