package org.tori.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs unsubscribe links: {@code tori.notifications.secret} when set, otherwise one
 * generated on first use and kept in the database, so every instance and every restart agree.
 */
@ApplicationScoped
public class Signing {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tori.notifications.secret")
    Optional<String> configured;

    private volatile byte[] key;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] key() {
        if (key == null) {
            key = configured
                    .filter(s -> !s.isBlank())
                    .map(s -> s.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(this::stored);
        }
        return key;
    }

    private byte[] stored() {
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
