package org.tori.spaces.boundary;

import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;

/**
 * Rules a feature adds to its own kind of space, which the generic spaces routes follow too: how a
 * member leaves (testers against a capacity) and what a phase needs first (a lab's details before it
 * opens, its summary before its results).
 */
public interface KindRules {

    SpaceKind kind();

    /** Takes the member out as the feature's rules say, in the caller's transaction. */
    void leave(long spaceId, long accountId);

    /** Refuses, with a domain exception, a move to this phase that the feature's data does not allow yet. */
    default void checkMove(long spaceId, Phase target) {}
}
