package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.knowledge.entity.Adoption;
import org.tori.knowledge.entity.Lesson;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Visibility;

/**
 * Short lists of lessons read straight from the database: an author's own lessons by status, the
 * practices a city adopted, and the newest public lessons and practices for the home page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LessonLists {

    /** An author's lesson; {@code returned} when staff sent it back, with their note. */
    public record OwnLesson(
            long id, String title, LessonStatus status, boolean returned, String note, OffsetDateTime updatedAt) {

        /** The list it belongs in on the author's page: DRAFT, RETURNED, IN_REVIEW or PUBLISHED. */
        public String stage() {
            return returned ? "RETURNED" : status.name();
        }
    }

    public record AdoptedPractice(long lessonId, String title, String city, LocalDate adoptedOn) {}

    /** A line of the home page: a lesson or a practice anyone may read. */
    public record PublicLesson(long id, String title, String city, boolean practice, OffsetDateTime publishedAt) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    public List<OwnLesson> ofAuthor(long accountId) {
        return em.createQuery(
                        "SELECT l FROM Lesson l WHERE l.authorId = :author ORDER BY l.updatedAt DESC", Lesson.class)
                .setParameter("author", accountId)
                .setMaxResults(100)
                .getResultStream()
                .map(l -> new OwnLesson(
                        l.getId(),
                        l.getTitle(),
                        l.getStatus(),
                        l.getStatus() == LessonStatus.DRAFT && l.getReviewNote() != null,
                        l.getReviewNote(),
                        l.getUpdatedAt()))
                .toList();
    }

    /** Practices adopted by the member or, for a partner city, by their city. */
    public List<AdoptedPractice> adoptedBy(long accountId, String city) {
        return em.createQuery(
                        "SELECT a, l.title FROM Adoption a, Lesson l WHERE l.id = a.lessonId"
                                + " AND (a.accountId = :account OR a.city = :city) ORDER BY a.adoptedOn DESC",
                        Object[].class)
                .setParameter("account", accountId)
                .setParameter("city", city == null ? "" : city)
                .setMaxResults(50)
                .getResultStream()
                .map(row -> {
                    var a = (Adoption) row[0];
                    return new AdoptedPractice(a.getLessonId(), (String) row[1], a.getCity(), a.getAdoptedOn());
                })
                .toList();
    }

    /** The newest published public lessons ({@code practices} false) or recommended practices (true). */
    public List<PublicLesson> newestPublic(boolean practices, int max) {
        return em.createQuery(
                        "SELECT l FROM Lesson l WHERE l.status = :status AND l.visibility = :visibility"
                                + " AND l.practice = :practice ORDER BY l.publishedAt DESC, l.id DESC",
                        Lesson.class)
                .setParameter("status", LessonStatus.PUBLISHED)
                .setParameter("visibility", Visibility.PUBLIC)
                .setParameter("practice", practices)
                .setMaxResults(Math.max(1, Math.min(max, 20)))
                .getResultStream()
                .map(l -> new PublicLesson(l.getId(), l.getTitle(), l.getCity(), l.isPractice(), l.getPublishedAt()))
                .toList();
    }
}
