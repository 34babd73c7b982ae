package org.tori.scorecard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** The scorecard targets a staff member set, for their own copy of their data. */
@ApplicationScoped
@Transactional
public class ScorecardPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "kpiTargets";
    }

    @Override
    public Set<String> covers() {
        return Set.of("kpi_target.set_by");
    }

    @Override
    public Object of(long accountId) {
        return PersonalRows.of(
                em,
                "SELECT kpi, period, target, actions, set_at FROM kpi_target WHERE set_by = ?1 "
                        + "ORDER BY period, kpi",
                accountId,
                "kpi",
                "year",
                "target",
                "actions",
                "setAt");
    }
}
