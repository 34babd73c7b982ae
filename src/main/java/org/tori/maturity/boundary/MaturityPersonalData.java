package org.tori.maturity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** The maturity self-assessments a city partner recorded for their city, for their own copy of their data. */
@ApplicationScoped
@Transactional
public class MaturityPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "maturityAssessments";
    }

    @Override
    public Set<String> covers() {
        return Set.of("maturity_assessment.author_id");
    }

    @Override
    public Object of(long accountId) {
        return PersonalRows.of(
                em,
                "SELECT id, city, assessed_on, sharing, created_at FROM maturity_assessment WHERE author_id = ?1 "
                        + "ORDER BY assessed_on, id",
                accountId,
                "id",
                "city",
                "assessedOn",
                "sharing",
                "createdAt");
    }
}
