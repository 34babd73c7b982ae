package org.tori.spaces.entity;

/** A space was created, edited or moved to another phase; observers (search, notifications) follow. */
public record SpaceChanged(long spaceId, Phase phase) {}
