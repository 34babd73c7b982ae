package org.tori.consultations.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A consultation's versions as the public sees them: the newest published one is current; the
 * comment round is open while the space is open and its deadline has not passed.
 */
public record Overview(
        long spaceId, String phase, OffsetDateTime deadline, boolean open, int current, List<VersionSummary> versions) {

    /** One published version in the list: its number, when it came out, what changed, how many comments it drew. */
    public record VersionSummary(
            int number, OffsetDateTime publishedAt, String changeNote, int sections, long comments) {}
}
