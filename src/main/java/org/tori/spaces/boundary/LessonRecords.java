package org.tori.spaces.boundary;

/**
 * What spaces need to know of the knowledge base, which builds on spaces and so provides this: how
 * many lessons learned an organiser has recorded about a space. Without a knowledge base in the
 * deployment the answer is none, and archiving needs a staff override with a reason.
 */
public interface LessonRecords {

    long lessonsAbout(long spaceId, long authorId);
}
