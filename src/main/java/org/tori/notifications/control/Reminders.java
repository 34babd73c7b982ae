package org.tori.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.tori.notifications.entity.NotificationJob;

/**
 * Deadline reminders: a week and a day before a space's submission deadline, once each per space
 * (the job's key), to the participants who have not submitted yet (chosen when the job runs).
 */
@ApplicationScoped
public class Reminders {

    @Inject
    Recipients recipients;
    @Inject
    NotificationStore store;
    @Inject
    Clock clock;

    @Transactional
    public int scan() {
        var now = OffsetDateTime.now(clock);
        int queued = 0;
        for (var space : recipients.deadlinesWithin(now, now.plusDays(7))) {
            var kind = Duration.between(now, space.deadline()).compareTo(Duration.ofDays(1)) <= 0
                    ? NotificationJob.Kind.REMINDER_DAY : NotificationJob.Kind.REMINDER_WEEK;
            var key = kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + space.id();
            if (store.addJob(new NotificationJob(kind, space.id(), null, null, key, now), key)) {
                queued++;
            }
        }
        return queued;
    }
}
