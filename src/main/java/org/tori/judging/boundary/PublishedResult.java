package org.tori.judging.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of the public results: the jury's place and score, the public votes counted apart, the
 * prizes won, and how the entry continues, if it does.
 */
public record PublishedResult(
        long entryId,
        String title,
        int place,
        BigDecimal score,
        boolean tied,
        int jurors,
        long votes,
        List<String> prizes,
        Pilot pilot) {

    /** The follow-up: a pilot or business case, where it stands and what came of it. */
    public record Pilot(
            long id,
            String kind,
            String partner,
            BigDecimal budgetEur,
            LocalDate startsOn,
            String scaleUpPlan,
            String nextStep,
            String stage,
            String outcome) {}

    public boolean winner() {
        return place == 1;
    }
}
