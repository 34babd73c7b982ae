package org.tori.judging.boundary;

import java.math.BigDecimal;

/** An entry's place in the ranking, as staff see it before publishing results. */
public record RankedEntry(long entryId, String title, BigDecimal score, int rank, boolean tied, int jurors) {
}
