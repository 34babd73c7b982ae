package org.tori.spaces.boundary;

import org.tori.spaces.entity.SpaceKind;

/**
 * A feature that admits people to its kind of space by rules of its own (testers against a
 * capacity): leaving through the generic participants route goes through those rules too.
 */
public interface OwnParticipation {

    SpaceKind kind();

    /** Takes the member out as the feature's rules say, in the caller's transaction. */
    void leave(long spaceId, long accountId);
}
