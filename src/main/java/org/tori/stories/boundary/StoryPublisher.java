package org.tori.stories.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes scheduled stories when their time comes. Every 15 seconds on every instance,
 * non-persistent; SKIP LOCKED in {@link Stories#publishDue()} keeps instances apart.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StoryPublisher {

    private static final Logger LOG = Logger.getLogger(StoryPublisher.class.getName());

    @Inject
    Stories stories;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            int published = stories.publishDue();
            if (published > 0) {
                LOG.info(() -> published + " scheduled stories published");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Publishing scheduled stories failed; the next round tries again", e);
        }
    }
}
