package org.tori.spaces.boundary;

import java.time.OffsetDateTime;
import org.tori.spaces.entity.Entry;

/** An entry as organisers and jurors read it; it does not name the entrant. */
public record EntrySummary(long id, long spaceId, String title, String problem, String solution, String businessModel,
        String demoLink, String screening, String screeningReason, OffsetDateTime submittedAt) {

    static EntrySummary of(Entry e) {
        return new EntrySummary(e.getId(), e.getSpaceId(), e.getTitle(), e.getProblem(), e.getSolution(),
                e.getBusinessModel(), e.getDemoLink(), e.getScreening().name(), e.getScreeningReason(), e.getSubmittedAt());
    }

    public boolean judgeable() {
        return "SUBMITTED".equals(screening) || "ELIGIBLE".equals(screening);
    }
}
