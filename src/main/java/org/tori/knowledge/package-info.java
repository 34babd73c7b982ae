/**
 * Knowledge base: lessons learned by partner cities, each with an optional root-cause analysis
 * (DMAIC: problem, facts, 5 whys and categorised causes, actions, control), reviewed by staff before
 * anyone else reads them, and recommended practices that other cities adopt. Who may read a lesson
 * or its analysis is chosen per record; search (in the search feature) respects it, and so do
 * {@code boundary/OpenLessons} (open data) and {@code boundary/LessonReferences} (stories' sources).
 */
package org.tori.knowledge;
