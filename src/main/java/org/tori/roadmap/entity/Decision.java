package org.tori.roadmap.entity;

/** What a portfolio review decides for one item. Anything but continuing needs its reason. */
public enum Decision {
    CONTINUE,
    CHANGE,
    STOP,
    SCALE_UP;

    public boolean needsReason() {
        return this != CONTINUE;
    }
}
