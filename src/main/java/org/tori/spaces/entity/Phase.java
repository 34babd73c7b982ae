package org.tori.spaces.entity;

/** Where a space is in its life. Which phases a space passes through depends on its kind. */
public enum Phase {
    DRAFT, OPEN, SUBMISSION, SCREENING, JUDGING, RESULTS, ARCHIVED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
