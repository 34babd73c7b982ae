package org.tori.spaces.entity;

import java.time.OffsetDateTime;

/**
 * A step in a space's calendar: which of the space's dates it falls on and the phase it leads to.
 * Its label says it in the future until it is reached, then in the past ("Submissions close" becomes
 * "Submissions closed"), so a page never promises a closing that has happened.
 */
public enum Milestone {
    OPENS(Phase.OPEN),
    SUBMISSIONS_START(Phase.SUBMISSION),
    SUBMISSIONS_CLOSE(Phase.JUDGING),
    ENTRIES_CLOSE(Phase.SCREENING),
    JUDGING(Phase.JUDGING),
    TEST_START(Phase.TESTING),
    TEST_END(Phase.RESULTS),
    COMMENTS_CLOSE(Phase.REVIEW),
    RESULTS(Phase.RESULTS);

    /** Where a step stands: done, the one the space is in now, or still ahead. Said in words on the page, not by colour. */
    public enum State {
        PAST,
        CURRENT,
        UPCOMING
    }

    /** A step on its date (null for a step without a date of its own, such as a contest's judging). */
    public record Dated(Milestone milestone, OffsetDateTime at, State state, boolean early) {

        /** The step's label: future tense while ahead, past tense once reached. */
        public String labelKey() {
            return milestone.labelKey(state != State.UPCOMING);
        }
    }

    private final Phase reaches;

    Milestone(Phase reaches) {
        this.reaches = reaches;
    }

    public Phase reaches() {
        return reaches;
    }

    /** Whether the step falls on one of the window's dates (and is left out while that date is not set). */
    public boolean dated() {
        return this != JUDGING;
    }

    OffsetDateTime dateIn(SubmissionWindow window) {
        return switch (this) {
            case OPENS, SUBMISSIONS_START, TEST_START -> window.opensAt();
            case SUBMISSIONS_CLOSE, ENTRIES_CLOSE, TEST_END, COMMENTS_CLOSE -> window.closesAt();
            case RESULTS -> window.resultsAt();
            case JUDGING -> null;
        };
    }

    public String labelKey(boolean reached) {
        return "space.step." + name() + (reached ? ".past" : "");
    }
}
