package org.tori.livinglabs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** A member's tester sign-ups, the feedback and ratings they gave, and the lab summaries they wrote. */
@ApplicationScoped
@Transactional
public class LivingLabsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "livingLabs";
    }

    @Override
    public Set<String> covers() {
        return Set.of("tester_signup.account_id", "lab_feedback.account_id", "living_lab.summary_by");
    }

    @Override
    public Object of(long accountId) {
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "signUps",
                PersonalRows.of(
                        em,
                        "SELECT space_id, status, signed_up_at FROM tester_signup "
                                + "WHERE account_id = ?1 ORDER BY signed_up_at",
                        accountId,
                        "spaceId",
                        "status",
                        "signedUpAt"));
        var feedback = PersonalRows.of(
                em,
                "SELECT id, space_id, worked_source, did_not_source, given_at FROM lab_feedback "
                        + "WHERE account_id = ?1 ORDER BY given_at",
                accountId,
                "id",
                "spaceId",
                "worked",
                "didNot",
                "givenAt");
        PersonalRows.nest(
                feedback,
                "ratings",
                PersonalRows.of(
                        em,
                        "SELECT r.feedback_id, r.ordinal, r.rating FROM lab_rating r "
                                + "JOIN lab_feedback f ON f.id = r.feedback_id WHERE f.account_id = ?1 ORDER BY r.ordinal",
                        accountId,
                        "feedbackId",
                        "question",
                        "rating"),
                "feedbackId");
        data.put("feedback", feedback);
        data.put(
                "summariesWritten",
                PersonalRows.of(
                        em,
                        "SELECT space_id, summary_source, summary_at FROM living_lab "
                                + "WHERE summary_by = ?1 ORDER BY space_id",
                        accountId,
                        "spaceId",
                        "summary",
                        "writtenAt"));
        return data;
    }
}
