/**
 * Life events as tags that several features share. valuestreams owns the life events themselves
 * (names, descriptions, which stream they belong to) and is the one that tags items; spaces,
 * knowledge, stories and search only need to know which of their items carry which life event id.
 * That knowledge lives here, below every feature, so they filter by a life event without importing
 * valuestreams (which imports them: a package cycle). The options of the "Life event" select come
 * through {@link org.tori.platform.lifeevents.LifeEventChoices}, an interface valuestreams
 * implements and CDI injects, for the same reason.
 */
package org.tori.platform.lifeevents;
