package org.tori.citytocity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tori.citytocity.entity.Acceptance;
import org.tori.citytocity.entity.CityNetwork;
import org.tori.spaces.boundary.MySpaces;

/** City networks whose agreement changed since the member's city accepted it: a new version waits for acceptance. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyAgreements {

    public record ToAccept(long spaceId, String title, int acceptedVersion) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    MySpaces spaces;

    public List<ToAccept> of(long accountId) {
        var accepted = new HashMap<Long, Integer>();
        em.createNamedQuery(Acceptance.BY_ACCOUNT, Acceptance.class)
                .setParameter("account", accountId)
                .setMaxResults(200)
                .getResultStream()
                .forEach(a -> accepted.merge(a.getSpaceId(), a.getAgreementVersion(), Math::max));
        var waiting = accepted.entrySet().stream()
                .filter(e -> {
                    var network = em.find(CityNetwork.class, e.getKey());
                    return network != null && network.needsAcceptance(e.getValue());
                })
                .map(Map.Entry::getKey)
                .toList();
        return spaces.of(waiting).stream()
                .map(s -> new ToAccept(s.id(), s.title(), accepted.get(s.id())))
                .toList();
    }
}
