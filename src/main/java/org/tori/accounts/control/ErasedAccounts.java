package org.tori.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * An account's standing, asked on every signed-in request: whether it has been erased (which ends
 * its sessions on every device and portal instance) and its role now (so an approved partner city
 * needs no new log-in, and a withdrawn role stops at once). An answer is reused for a few seconds
 * per account, so a change made on another instance arrives within {@link #REUSE_MILLIS}; one made
 * on this instance arrives at once.
 */
@ApplicationScoped
public class ErasedAccounts {

    static final long REUSE_MILLIS = 5_000;

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    AccountStandings answers;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isErased(long accountId) {
        return currentRole(accountId).isEmpty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> currentRole(long accountId) {
        long now = System.currentTimeMillis();
        var known = answers.get(accountId);
        if (known != null && now - known.at() < REUSE_MILLIS) {
            return known.role();
        }
        List<?> rows = em.createNativeQuery("SELECT role FROM account WHERE id = ? AND erased_at IS NULL")
                .setParameter(1, accountId)
                .getResultList();
        var role = rows.isEmpty() ? Optional.<String>empty() : Optional.of(String.valueOf(rows.get(0)));
        answers.put(accountId, new AccountStandings.Answer(role, now));
        return role;
    }
}
