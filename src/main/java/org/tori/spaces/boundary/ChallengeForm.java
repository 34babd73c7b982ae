package org.tori.spaces.boundary;

/** A challenge as an organiser posts it: what to solve, who asks, and the data or platform on offer. */
public record ChallengeForm(String title, String description, String dataOffered, String postedBy) {}
