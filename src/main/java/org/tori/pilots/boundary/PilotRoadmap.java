package org.tori.pilots.boundary;

import java.util.List;

/**
 * The roadmap items that name a pilot as their origin, as the current reader may see them:
 * implemented by the roadmap feature, which also records each decision on a pilot (it observes
 * {@link org.tori.pilots.entity.PilotDecided}). Without a roadmap a pilot simply has no item.
 */
public interface PilotRoadmap {

    /** A roadmap item as the pilot page links it. */
    record Item(long id, String title, String status) {}

    List<Item> itemsOf(long pilotId);

    /** Whether any item names the pilot, whoever may read it (staff are not asked to add a second one). */
    boolean linked(long pilotId);
}
