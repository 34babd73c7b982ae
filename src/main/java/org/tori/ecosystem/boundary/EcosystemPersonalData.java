package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** The organisation pages a member requested and the organisations they chose to be listed in. */
@ApplicationScoped
@Transactional
public class EcosystemPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "organisations";
    }

    @Override
    public Set<String> covers() {
        return Set.of("organisation.requested_by", "organisation_member.account_id");
    }

    @Override
    public Object of(long accountId) {
        return Map.of(
                "requested",
                PersonalRows.of(
                        em,
                        "SELECT id, name, status, refusal FROM organisation WHERE requested_by = ?1 ORDER BY id",
                        accountId,
                        "id",
                        "name",
                        "status",
                        "refusal"),
                "listedIn",
                PersonalRows.of(
                        em,
                        "SELECT o.id, o.name FROM organisation_member m JOIN organisation o ON o.id = m.organisation_id"
                                + " WHERE m.account_id = ?1 ORDER BY o.id",
                        accountId,
                        "id",
                        "name"));
    }
}
