package org.tori.events.entity;

/** What sort of event it is. */
public enum EventKind {
    HACKATHON_KICKOFF,
    DEMO_DAY,
    CONFERENCE,
    WORKSHOP,
    MEETUP,
    WEBINAR,
    OTHER
}
