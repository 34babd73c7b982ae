package org.tori.valuestreams.entity;

import java.util.Set;

/**
 * A collective's vision got a new version, or an action of its plan was added or moved: its
 * followers hear of it. Fired inside the changing transaction; {@code key} makes the news unique.
 *
 * @param what     VISION or ACTION
 * @param headline the action's title and status, or the vision's version number
 * @param detail   the new vision text or the action's due date, as the mail quotes it
 */
public record CollectiveChanged(
        long collectiveId,
        String collectiveName,
        String streamKey,
        String what,
        String headline,
        String detail,
        long byId,
        Set<Long> followerIds,
        String key) {}
