package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.tori.spaces.boundary.LessonRecords;

/** Tells spaces how many lessons an organiser has recorded about a space, so it can close the loop before archiving. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SpaceLessons implements LessonRecords {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public long lessonsAbout(long spaceId, long authorId) {
        return em.createQuery(
                        "SELECT COUNT(l) FROM Lesson l WHERE l.spaceId = :space AND l.authorId = :author", Long.class)
                .setParameter("space", spaceId)
                .setParameter("author", authorId)
                .getSingleResult();
    }
}
