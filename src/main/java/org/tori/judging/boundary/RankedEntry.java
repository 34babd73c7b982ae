package org.tori.judging.boundary;

import java.math.BigDecimal;

/**
 * An entry's place in the ranking of the round being judged, as staff see it before publishing
 * results; public votes are counted apart and never mixed into the jury's score.
 */
public record RankedEntry(
        long entryId, String title, BigDecimal score, int rank, boolean tied, int jurors, int round, long votes) {}
