/**
 * Answers kept for a moment so that the same question asked again costs a map lookup: pages as
 * anonymous readers see them ({@link PageCache}) and, in the search feature, search answers. Every
 * kept answer belongs to a generation; the events that change the data end the generation, so a
 * reader never gets an answer older than the last write this instance committed. Writes on other
 * instances reach a kept answer at the latest when its time is up (two seconds by default).
 */
package org.tori.platform.cache;
