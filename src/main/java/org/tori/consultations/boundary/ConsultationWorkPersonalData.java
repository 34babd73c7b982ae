package org.tori.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** What program staff did in consultations: the versions they prepared and the comments they answered. */
@ApplicationScoped
@Transactional
public class ConsultationWorkPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "consultationWork";
    }

    @Override
    public Set<String> covers() {
        return Set.of("spec_version.created_by", "section_comment.answered_by");
    }

    @Override
    public Object of(long accountId) {
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "versionsPrepared",
                PersonalRows.of(
                        em,
                        "SELECT space_id, version_number, change_note, created_at, "
                                + "published_at FROM spec_version WHERE created_by = ?1 ORDER BY created_at",
                        accountId,
                        "spaceId",
                        "version",
                        "changeNote",
                        "createdAt",
                        "publishedAt"));
        data.put(
                "answersGiven",
                PersonalRows.of(
                        em,
                        "SELECT id, answer_html, answered_at FROM section_comment "
                                + "WHERE answered_by = ?1 ORDER BY answered_at",
                        accountId,
                        "commentId",
                        "answerHtml",
                        "answeredAt"));
        return data;
    }
}
