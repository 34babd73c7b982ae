package org.tori.platform.lifeevents;

/** An item was tagged with a life event, fired inside the tagging transaction (search reindexes the item). */
public record LifeEventTagged(long lifeEventId, ItemKind kind, long itemId) {}
