/**
 * The events calendar: hackathon kick-offs, demo days and conferences the programme runs or attends,
 * written by staff, shown by month and as a list, and published as iCalendar feeds (all events, or
 * one theme or value stream) that calendar programs subscribe to, with each public space's dates.
 */
package org.tori.events;
