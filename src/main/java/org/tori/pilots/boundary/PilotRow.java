package org.tori.pilots.boundary;

import java.util.List;
import org.tori.pilots.entity.ReadinessRecord.SectionScore;

/** A pilot in a list: where it came from, where it stands, and its readiness per section and overall. */
public record PilotRow(
        long id,
        String title,
        String originKind,
        String partner,
        String stage,
        int version,
        Integer overall,
        List<SectionScore> sections,
        boolean complete) {

    /** The bar's width: 0 when nothing counts yet. */
    public int overallWidth() {
        return overall == null ? 0 : overall;
    }
}
