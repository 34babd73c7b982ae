package org.tori.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** The lessons a member wrote, in any state and with their text, and the adoptions they recorded for their city. */
@ApplicationScoped
@Transactional
public class LessonsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "lessons";
    }

    @Override
    public Set<String> covers() {
        return Set.of("lesson.author_id", "lesson_adoption.account_id");
    }

    @Override
    public Object of(long accountId) {
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "written",
                PersonalRows.of(
                        em,
                        "SELECT id, title, status, visibility, space_id, city, organisation, "
                                + "happened_on, language, context, what_happened, what_worked, what_did_not, recommendation, links, "
                                + "review_note, created_at, updated_at, published_at FROM lesson WHERE author_id = ?1 ORDER BY id",
                        accountId,
                        "id",
                        "title",
                        "status",
                        "visibility",
                        "spaceId",
                        "city",
                        "organisation",
                        "happenedOn",
                        "language",
                        "context",
                        "whatHappened",
                        "whatWorked",
                        "whatDidNot",
                        "recommendation",
                        "links",
                        "reviewNote",
                        "createdAt",
                        "updatedAt",
                        "publishedAt"));
        data.put(
                "adoptions",
                PersonalRows.of(
                        em,
                        "SELECT lesson_id, city, adopted_on, note, created_at FROM lesson_adoption "
                                + "WHERE account_id = ?1 ORDER BY id",
                        accountId,
                        "lessonId",
                        "city",
                        "adoptedOn",
                        "note",
                        "createdAt"));
        return data;
    }
}
