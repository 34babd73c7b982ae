package org.tori.spaces.entity;

/**
 * Where a space is in its life. Which phases a space passes through depends on its kind: a living
 * lab is TESTING during its test window, a consultation is in REVIEW while staff answer comments.
 */
public enum Phase {
    DRAFT,
    OPEN,
    SUBMISSION,
    SCREENING,
    TESTING,
    REVIEW,
    JUDGING,
    RESULTS,
    ARCHIVED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
