package org.tori.pilots.entity;

/** An item's answer: yes counts fully, partly half, no nothing; not applicable leaves the item out of the score. */
public enum Answer {
    YES(2),
    PARTLY(1),
    NO(0),
    NOT_APPLICABLE(-1);

    /** Twice the weight, so that sums stay whole numbers; negative: not counted. */
    final int halves;

    Answer(int halves) {
        this.halves = halves;
    }
}
