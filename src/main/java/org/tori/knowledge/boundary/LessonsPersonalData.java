package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.tori.accounts.boundary.PersonalData;
import org.tori.knowledge.entity.Lesson;

/** The lessons a member wrote, in any state, for their own copy of their data. */
@ApplicationScoped
@Transactional
public class LessonsPersonalData implements PersonalData {

    public record LessonData(long id, String title, String status, Long spaceId) {
    }

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "lessons";
    }

    @Override
    public Object of(long accountId) {
        return em.createNamedQuery(Lesson.BY_AUTHOR, Lesson.class).setParameter("author", accountId)
                .getResultStream().map(l -> new LessonData(l.getId(), l.getTitle(), l.getStatus().name(), l.getSpaceId()))
                .toList();
    }
}
