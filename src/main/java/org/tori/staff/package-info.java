/**
 * The staff desk: one page where program staff see every queue waiting for them (proposals, lessons,
 * role requests, reported comments, stories, due phases, late juries, failed mails) with its count and
 * a link to the page that works it. It only reads; each queue is worked in its own feature.
 */
package org.tori.staff;
