package org.tori.events.entity;

/** An event of the calendar was written: fired inside the transaction, so search queues it with the change. */
public record CalendarEventChanged(long eventId) {}
