package org.tori.judging.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceChanged;

/**
 * When a space moves to RESULTS, the ranking is written down in the same transaction: results are
 * frozen from then on, whatever happens to scores or jurors later.
 */
@ApplicationScoped
public class ResultsPublisher {

    @Inject
    Judging judging;

    void published(@Observes SpaceChanged change) {
        if (change.phase() == Phase.RESULTS) {
            judging.freezeResults(change.spaceId());
        }
    }
}
