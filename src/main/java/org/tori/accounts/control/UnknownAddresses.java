package org.tori.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.tori.accounts.entity.UnknownAddressLogins;

/**
 * Failed log-ins for addresses that have no account, in the database so that all instances count
 * them together (see {@link UnknownAddressLogins}). Runs in the log-in's transaction; the row of a
 * first failure is created in one of its own, so two instances failing the same new address at once
 * both go on.
 */
@ApplicationScoped
public class UnknownAddresses {

    /** Rows untouched this long are deleted: their pause is long over. */
    private static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Rows rows;

    private final AtomicLong failures = new AtomicLong();

    /** Records a failed log-in; answers until when the address is paused, or null. */
    public OffsetDateTime failed(String address, OffsetDateTime now) {
        if (failures.incrementAndGet() % 500 == 0) {
            // before the row is locked below: the purge's own transaction must not wait for it
            rows.purge(now.minus(KEPT));
        }
        var key = keyOf(address);
        var row = em.find(UnknownAddressLogins.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            try {
                rows.create(key, now);
            } catch (RuntimeException createdMeanwhile) {
                // another instance or request created it first: use theirs
            }
            row = em.find(UnknownAddressLogins.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return row.failed(now);
    }

    /** A row's key: the SHA-256 of the address as a member would type it, trimmed and in lower case. */
    public static String keyOf(String address) {
        return Tokens.hash(address == null ? "" : address.strip().toLowerCase(Locale.ROOT));
    }

    /** The short transactions of their own. */
    @ApplicationScoped
    public static class Rows {

        @PersistenceContext(unitName = "tori")
        EntityManager em;

        @Transactional(TxType.REQUIRES_NEW)
        public void create(String key, OffsetDateTime now) {
            em.persist(new UnknownAddressLogins(key, now));
            em.flush();
        }

        @Transactional(TxType.REQUIRES_NEW)
        public void purge(OffsetDateTime before) {
            em.createNamedQuery(UnknownAddressLogins.PURGE)
                    .setParameter("before", before)
                    .executeUpdate();
        }
    }
}
