package org.tori.valuestreams.boundary;

import org.tori.spaces.entity.ValueStream;

/**
 * What the index shows of one stream, with the counts of what is tagged with it for this reader.
 * {@code spaces} and {@code lessons} and {@code practices} are the records search counts in its facet.
 */
public record StreamCard(
        ValueStream stream,
        String slug,
        long spaces,
        long openSpaces,
        long testingLabs,
        long lessons,
        long practices,
        long stories,
        int lifeEvents,
        Long collectiveId,
        String collectiveName,
        Long ownerId) {}
