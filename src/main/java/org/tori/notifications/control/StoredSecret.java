package org.tori.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;

/** The generated signing key in the database (see {@link Signing}), read or made in a transaction of its own. */
@ApplicationScoped
public class StoredSecret {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] readOrCreate() {
        var found = em.createNativeQuery("SELECT secret FROM notification_secret WHERE id = 1")
                .getResultList();
        if (!found.isEmpty()) {
            return Base64.getDecoder().decode((String) found.get(0));
        }
        var fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // two instances starting at once: the primary key lets one win; the other reads its key next time
        em.createNativeQuery("INSERT INTO notification_secret (id, secret) VALUES (1, ?)")
                .setParameter(1, Base64.getEncoder().encodeToString(fresh))
                .executeUpdate();
        return fresh;
    }
}
