package org.tori.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an account has been erased, asked on every signed-in request so that erasing an account
 * ends its sessions on every device and portal instance. An answer is reused for a few seconds per
 * account; an erasure therefore reaches other sessions within {@link #REUSE_MILLIS}.
 */
@ApplicationScoped
public class ErasedAccounts {

    static final long REUSE_MILLIS = 5_000;
    private static final int MAX_REMEMBERED = 10_000;

    private record Answer(boolean erased, long at) {
    }

    private final Map<Long, Answer> answers = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isErased(long accountId) {
        long now = System.currentTimeMillis();
        var known = answers.get(accountId);
        if (known != null && now - known.at() < REUSE_MILLIS) {
            return known.erased();
        }
        // no account still in use under this id: erased (or gone)
        boolean erased = em.createNativeQuery("SELECT 1 FROM account WHERE id = ? AND erased_at IS NULL")
                .setParameter(1, accountId).getResultList().isEmpty();
        if (answers.size() > MAX_REMEMBERED) {
            answers.clear();
        }
        answers.put(accountId, new Answer(erased, now));
        return erased;
    }
}
