package org.tori.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs unsubscribe links: {@code tori.notifications.secret} when set, otherwise one
 * generated on first use and kept in the database, so every instance and every restart agree. Once
 * known it costs nothing: a fan-out signs a link for every mail, and asking for the key is no
 * transaction of its own.
 */
@ApplicationScoped
public class Signing {

    @Inject
    StoredSecret stored;

    @Inject
    @ConfigProperty(name = "tori.notifications.secret")
    Optional<String> configured;

    private volatile byte[] key;

    public byte[] key() {
        var known = key;
        if (known == null) {
            known = configured
                    .filter(s -> !s.isBlank())
                    .map(s -> s.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(stored::readOrCreate);
            key = known;
        }
        return known;
    }
}
