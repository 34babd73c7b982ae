package org.tori.events.entity;

/** Whether the programme runs the event or takes part in someone else's (presents, has a stand). */
public enum Participation {
    HOSTED,
    ATTENDED
}
