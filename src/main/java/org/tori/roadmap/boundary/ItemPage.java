package org.tori.roadmap.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything an item's page shows: the item, where it came from, its parent and children, milestones and decisions. */
public record ItemPage(
        ItemRow item,
        String domain,
        BigDecimal budgetEur,
        String expectedImpact,
        ItemRow parent,
        List<ItemRow> children,
        List<Origin> origins,
        List<MilestoneRow> milestones,
        List<DecisionRow> decisions,
        List<Impact> impacts,
        List<RiskRow> risks) {

    /** The expected impact in one of the four values. */
    public record Impact(String value, String text) {}

    /** A risk as the reader may see it. */
    public record RiskRow(
            long id,
            String title,
            String likelihood,
            String impact,
            String mitigation,
            String owner,
            boolean shown,
            boolean closed) {}

    /** A link to where the item came from; {@code title} is known for pilots (else null: the number is shown). */
    public record Origin(String kind, long id, String path, String title) {}

    /**
     * What one portfolio review decided for this item, or what staff decided on a pilot the item
     * came from (then {@code pilotId} and {@code pilotTitle} are set, {@code review} is null).
     */
    public record DecisionRow(
            LocalDate heldOn,
            String review,
            String statusCode,
            String statusName,
            int progress,
            String decision,
            String reason,
            boolean asksForLesson,
            long reviewId,
            Long pilotId,
            String pilotTitle) {

        public boolean fromPilot() {
            return pilotId != null;
        }
    }
}
