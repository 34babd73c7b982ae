package org.tori.pilots.entity;

/** A pilot was started or moved on: fired inside the transaction, so search queues it with the change. */
public record PilotChanged(long pilotId) {}
