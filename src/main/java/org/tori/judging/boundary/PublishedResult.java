package org.tori.judging.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the public results, with the pilot the entry continues as, if any. */
public record PublishedResult(long entryId, String title, int place, BigDecimal score, boolean tied, int jurors,
        Pilot pilot) {

    public record Pilot(String partner, BigDecimal budgetEur, LocalDate startsOn, String scaleUpPlan) {
    }

    public boolean winner() {
        return place == 1;
    }
}
