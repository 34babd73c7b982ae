package org.tori.livinglabs.entity;

import java.time.OffsetDateTime;

/** When testers give feedback: from the space's opening to its deadline, both needed. */
public record TestWindow(OffsetDateTime opensAt, OffsetDateTime closesAt) {

    public boolean contains(OffsetDateTime now) {
        return opensAt != null && closesAt != null && !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }
}
