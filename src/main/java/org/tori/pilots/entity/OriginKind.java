package org.tori.pilots.entity;

/** Where a pilot comes from: a contest or hackathon result, a living lab's results, or a partner's proposal taken up by staff. */
public enum OriginKind {
    RESULT,
    LIVING_LAB,
    PROPOSAL
}
