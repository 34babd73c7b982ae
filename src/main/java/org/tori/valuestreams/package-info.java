/**
 * Value-stream hubs: one page per value stream of the wellbeing-and-vitality model with what Tori
 * holds on it (spaces, living labs, lessons, practices, stories), the life events inside the stream,
 * and the stream's development collective with its members, versioned vision and action plan.
 *
 * <p>This feature owns the life events; which item carries which life event lives in
 * {@code platform.lifeevents}, because spaces, knowledge and stories filter their lists by a life
 * event and this feature already reads them (a filter importing valuestreams would close a package
 * cycle). The lists get their select's options through {@code LifeEventChoices}, implemented here
 * by {@link org.tori.valuestreams.boundary.LifeEventCatalogue}; tagging fires
 * {@code LifeEventTagged} so that search reindexes the item.
 */
package org.tori.valuestreams;
