package org.tori.judging.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** Juries a member sat on, the scores they gave, the conflicts they declared and their public votes. */
@ApplicationScoped
@Transactional
public class JudgingPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "judging";
    }

    @Override
    public Set<String> covers() {
        return Set.of("juror.account_id", "score.juror_id", "conflict_of_interest.juror_id", "public_vote.account_id");
    }

    @Override
    public Object of(long accountId) {
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "juries",
                PersonalRows.of(
                        em,
                        "SELECT space_id FROM juror WHERE account_id = ?1 ORDER BY space_id",
                        accountId,
                        "spaceId"));
        data.put(
                "scoresGiven",
                PersonalRows.of(
                        em,
                        "SELECT s.entry_id, c.name, s.round, s.points FROM score s "
                                + "JOIN criterion c ON c.id = s.criterion_id WHERE s.juror_id = ?1 ORDER BY s.entry_id, s.round, c.position",
                        accountId,
                        "entryId",
                        "criterion",
                        "round",
                        "points"));
        data.put(
                "conflictsDeclared",
                PersonalRows.of(
                        em,
                        "SELECT entry_id FROM conflict_of_interest WHERE juror_id = ?1 " + "ORDER BY entry_id",
                        accountId,
                        "entryId"));
        data.put(
                "votes",
                PersonalRows.of(
                        em,
                        "SELECT space_id, entry_id, cast_at FROM public_vote WHERE account_id = ?1 "
                                + "ORDER BY cast_at",
                        accountId,
                        "spaceId",
                        "entryId",
                        "castAt"));
        return data;
    }
}
