package org.tori.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.notifications.entity.NotificationJob;

/**
 * Deadline reminders: a week and a day before a space's submission deadline, to the participants
 * who have not submitted yet. Spaces in the window are looked at again every rescan period (so a
 * member who joins late is reminded too); each member gets each reminder once (the mail's key).
 */
@ApplicationScoped
public class Reminders {

    @Inject
    Recipients recipients;

    @Inject
    NotificationStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tori.notifications.reminder-rescan", defaultValue = "PT1H")
    String rescan;

    @Transactional
    public int scan() {
        var now = OffsetDateTime.now(clock);
        int queued = 0;
        for (var space : recipients.deadlinesWithin(now, now.plusDays(7))) {
            var kind = Duration.between(now, space.deadline()).compareTo(Duration.ofDays(1)) <= 0
                    ? NotificationJob.Kind.REMINDER_DAY
                    : NotificationJob.Kind.REMINDER_WEEK;
            long round = now.toInstant().toEpochMilli()
                    / Math.max(1000, Duration.parse(rescan).toMillis());
            var key = kind.name().toLowerCase(Locale.ROOT) + ":" + space.id() + ":" + round;
            if (store.addJob(new NotificationJob(kind, space.id(), null, null, key, now), key)) {
                queued++;
            }
        }
        return queued;
    }
}
