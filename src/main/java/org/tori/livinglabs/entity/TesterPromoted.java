package org.tori.livinglabs.entity;

/** A place freed up and went to the first on the waiting list, who is now a tester. */
public record TesterPromoted(long spaceId, long accountId) {}
