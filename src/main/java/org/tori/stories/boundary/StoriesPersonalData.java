package org.tori.stories.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** The success stories a member started and the revisions they made, for their own copy of their data. */
@ApplicationScoped
@Transactional
public class StoriesPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "stories";
    }

    @Override
    public Set<String> covers() {
        return Set.of("story.created_by", "story_revision.changed_by");
    }

    @Override
    public Object of(long accountId) {
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "created",
                PersonalRows.of(
                        em,
                        "SELECT id, title, lead_text, status, created_at FROM story "
                                + "WHERE created_by = ?1 ORDER BY id",
                        accountId,
                        "id",
                        "title",
                        "lead",
                        "status",
                        "createdAt"));
        data.put(
                "revisions",
                PersonalRows.of(
                        em,
                        "SELECT story_id, revision_no, status, title, note, changed_at "
                                + "FROM story_revision WHERE changed_by = ?1 ORDER BY changed_at",
                        accountId,
                        "storyId",
                        "revision",
                        "status",
                        "title",
                        "note",
                        "changedAt"));
        return data;
    }
}
