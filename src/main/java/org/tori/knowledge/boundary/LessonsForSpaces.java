package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tori.knowledge.entity.Lesson;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Visibility;
import org.tori.spaces.boundary.RelatedLessons;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;

/** Public lessons of other cities on a space's themes or domain, newest first, for the space page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LessonsForSpaces implements RelatedLessons {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public List<LessonLink> related(Set<Theme> themes, CityDomain domain, String exceptCity, int max) {
        if ((themes == null || themes.isEmpty()) && domain == null) {
            return List.of();
        }
        var query = themes == null || themes.isEmpty()
                ? em.createQuery("SELECT l FROM Lesson l WHERE l.status = :status AND l.visibility = :visibility "
                        + "AND l.domain = :domain", Lesson.class).setParameter("domain", domain)
                : em.createQuery("SELECT DISTINCT l FROM Lesson l LEFT JOIN l.themes t WHERE l.status = :status "
                        + "AND l.visibility = :visibility AND (l.domain = :domain OR t IN :themes)", Lesson.class)
                        .setParameter("domain", domain).setParameter("themes", themes);
        String other = exceptCity == null ? "" : exceptCity.strip().toLowerCase(Locale.ROOT);
        return query.setParameter("status", LessonStatus.PUBLISHED).setParameter("visibility", Visibility.PUBLIC)
                .getResultStream()
                .filter(l -> l.getCity() == null || !l.getCity().strip().toLowerCase(Locale.ROOT).equals(other))
                .sorted(Comparator.comparing(Lesson::getPublishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(max)
                .map(l -> new LessonLink(l.getId(), l.getTitle(), Objects.toString(l.getCity(), "")))
                .toList();
    }
}
