package org.tori.spaces.boundary;

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
 * Moves spaces on when their dates pass (opening of submissions, the deadline). Runs every minute
 * on every instance, non-persistent; SKIP LOCKED in {@link Spaces#advanceDue()} keeps instances apart.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PhaseClock {

    private static final Logger LOG = Logger.getLogger(PhaseClock.class.getName());

    @Inject
    Spaces spaces;

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            int moved = spaces.advanceDue();
            if (moved > 0) {
                LOG.info(() -> moved + " spaces moved to their next phase by date");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Moving spaces by date failed; the next minute tries again", e);
        }
    }
}
