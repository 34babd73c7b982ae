package org.tori.pilots.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** The pilots a member takes part in as the company or the city's owner, and the readiness answers they gave. */
@ApplicationScoped
@Transactional
public class PilotsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "pilots";
    }

    @Override
    public Set<String> covers() {
        return Set.of("pilot.company_id", "pilot.owner_id", "readiness_answer.answered_by");
    }

    @Override
    public Object of(long accountId) {
        return Map.of(
                "asCompanyOrOwner",
                PersonalRows.of(
                        em,
                        "SELECT id, origin_title, stage, company_id = ?1, owner_id = ?1 FROM pilot"
                                + " WHERE company_id = ?1 OR owner_id = ?1 ORDER BY id",
                        accountId,
                        "id",
                        "origin",
                        "stage",
                        "asCompany",
                        "asOwner"),
                "readinessAnswers",
                PersonalRows.of(
                        em,
                        "SELECT pilot_id, item_id, answer, evidence, link, owner, answered_at FROM readiness_answer"
                                + " WHERE answered_by = ?1 ORDER BY pilot_id, item_id",
                        accountId,
                        "pilotId",
                        "itemId",
                        "answer",
                        "evidence",
                        "link",
                        "owner",
                        "answeredAt"));
    }
}
