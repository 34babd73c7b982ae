package org.tori.valuestreams.boundary;

import java.util.List;

/** One stream's page: its counts, its owner (the collective's owner), and its life events. */
public record Hub(StreamCard card, String ownerName, List<LifeEventRow> lifeEvents) {}
