package org.tori.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tori.accounts.entity.ProfileChanged;

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
    private static final int MAX_REMEMBERED = 10_000;

    /** The role of an account still in use, or none when it is erased or gone. */
    private record Answer(Optional<String> role, long at) {
    }

    private final Map<Long, Answer> answers = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "tori")
    EntityManager em;

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
                .setParameter(1, accountId).getResultList();
        var role = rows.isEmpty() ? Optional.<String>empty() : Optional.of(String.valueOf(rows.get(0)));
        if (answers.size() > MAX_REMEMBERED) {
            answers.clear();
        }
        answers.put(accountId, new Answer(role, now));
        return role;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
        answers.remove(changed.accountId());
    }
}
