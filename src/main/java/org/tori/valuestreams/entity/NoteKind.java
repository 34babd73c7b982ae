package org.tori.valuestreams.entity;

/** What a collective records: a phenomenon seen in the city, a customer journey of a life event, a meeting. */
public enum NoteKind {
    PHENOMENON,
    JOURNEY,
    MEETING
}
