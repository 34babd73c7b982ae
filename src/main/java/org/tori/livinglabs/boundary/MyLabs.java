package org.tori.livinglabs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import org.tori.livinglabs.entity.Feedback;
import org.tori.livinglabs.entity.LivingLab;
import org.tori.spaces.boundary.MySpaces;
import org.tori.spaces.entity.Phase;

/** A member's sign-ups to living labs, for their own page: their place or place in line, and feedback due. */
@ApplicationScoped
@Transactional
public class MyLabs {

    /** {@code waiting} is the place in line (0 for a tester); feedback is due from a tester while the lab tests. */
    public record Signup(long spaceId, String title, String phase, boolean tester, int waiting, boolean feedbackDue) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    MySpaces spaces;

    public List<Signup> of(long accountId) {
        var labs = em.createQuery(
                        "SELECT DISTINCT s.lab FROM TesterSignup s WHERE s.accountId = :account", LivingLab.class)
                .setParameter("account", accountId)
                .setMaxResults(50)
                .getResultList();
        var byId = new HashMap<Long, LivingLab>();
        labs.forEach(l -> byId.put(l.getSpaceId(), l));
        return spaces.of(byId.keySet()).stream()
                .map(space -> {
                    var lab = byId.get(space.id());
                    boolean tester = lab.isTester(accountId);
                    boolean due = tester
                            && Phase.TESTING.name().equals(space.phase())
                            && em.createNamedQuery(Feedback.OF_TESTER, Feedback.class)
                                    .setParameter("space", space.id())
                                    .setParameter("account", accountId)
                                    .getResultList()
                                    .isEmpty();
                    return new Signup(
                            space.id(),
                            space.title(),
                            space.phase(),
                            tester,
                            tester ? 0 : lab.waitingPosition(accountId),
                            due);
                })
                .toList();
    }
}
