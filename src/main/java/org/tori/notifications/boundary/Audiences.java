package org.tori.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.tori.notifications.control.Recipients;

/**
 * Who a phase move will mail, so a page can say so before staff confirm it
 * ({@code #{audiences.ofResults(spaceView.id)}}: spaces do not depend on notifications, which observe them).
 */
@Named
@ApplicationScoped
@Transactional
public class Audiences {

    @Inject
    Recipients recipients;

    /** Members the results of a space are mailed to: participants, entrants (and their teams) and followers. */
    public long ofResults(long spaceId) {
        return recipients.audienceOfResultsCount(spaceId);
    }
}
