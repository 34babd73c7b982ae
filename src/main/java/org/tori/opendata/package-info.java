/**
 * Open data: every public, non-personal list of Tori (spaces, stories with their indicators, public
 * lessons with their public analyses, practices with their adoptions, the scorecard's KPI values)
 * under {@code /api/open} as JSON pages, CSV and Atom feeds. Each answer carries the CC BY 4.0
 * licence, an ETag and, where known, Last-Modified, and a conditional GET answers 304. Start at
 * {@code boundary/OpenDataResource}; the data comes from the features' own boundaries, never from
 * their tables.
 */
package org.tori.opendata;
