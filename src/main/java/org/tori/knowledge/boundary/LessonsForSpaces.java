package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Visibility;
import org.tori.spaces.boundary.RelatedLessons;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;

/**
 * Public lessons of other cities on a space's themes or domain, newest first, for the space page.
 * One query that filters, orders and limits in the database and reads only the three columns shown:
 * loading whole lessons (five eager collections each) to keep five cost one query per collection per
 * matching lesson on every space page view (the page's main cost in the JFR profile, bench/RESULTS.md).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LessonsForSpaces implements RelatedLessons {

    private static final String SELECT = "SELECT l.id, l.title, l.city FROM Lesson l WHERE l.status = :status "
            + "AND l.visibility = :visibility AND (l.city IS NULL OR LOWER(TRIM(l.city)) <> :other) AND ";
    private static final String NEWEST = " ORDER BY l.publishedAt DESC NULLS LAST, l.id DESC";

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public List<LessonLink> related(Set<Theme> themes, CityDomain domain, String exceptCity, int max) {
        if ((themes == null || themes.isEmpty()) && domain == null) {
            return List.of();
        }
        var query = themes == null || themes.isEmpty()
                ? em.createQuery(SELECT + "l.domain = :domain" + NEWEST, Object[].class)
                : em.createQuery(
                                SELECT + "(l.domain = :domain OR EXISTS (SELECT t FROM Lesson o JOIN o.themes t "
                                        + "WHERE o.id = l.id AND t IN :themes))" + NEWEST,
                                Object[].class)
                        .setParameter("themes", themes);
        String other = exceptCity == null ? "" : exceptCity.strip().toLowerCase(Locale.ROOT);
        return query
                .setParameter("domain", domain)
                .setParameter("other", other)
                .setParameter("status", LessonStatus.PUBLISHED)
                .setParameter("visibility", Visibility.PUBLIC)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(row -> new LessonLink(
                        ((Number) row[0]).longValue(), (String) row[1], Objects.toString((String) row[2], "")))
                .toList();
    }
}
