package org.tori.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.mail.boundary.Mails;
import org.tori.mail.entity.MailRequest;
import org.tori.mail.entity.TemplateException;
import org.tori.notifications.entity.Cadence;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.DigestItem;
import org.tori.notifications.entity.Notice;
import org.tori.notifications.entity.UnsubscribeToken;

/**
 * Turns a notice into what its recipient asked for, in the caller's transaction: a mail queued now
 * (with its unsubscribe link and headers), a line kept for the next digest, or nothing. Unverified
 * accounts get nothing: their address is not proven to be theirs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Mails mails;

    @Inject
    NotificationStore store;

    @Inject
    Signing signing;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "tori.notifications.daily-period", defaultValue = "PT24H")
    String dailyPeriod;

    @Inject
    @ConfigProperty(name = "tori.notifications.weekly-period", defaultValue = "P7D")
    String weeklyPeriod;

    public void deliver(Notice notice) {
        var recipient = accounts.find(notice.recipientId());
        if (recipient.isPresent()) {
            deliver(notice, recipient.get(), store.cadence(notice.recipientId(), notice.category()));
        }
    }

    /**
     * The notices of one fan-out batch, one to each member: their accounts and choices are read
     * together, and nothing queued for one member is needed by the next, so nothing is flushed to
     * the database before the batch commits.
     */
    public void deliverAll(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        em.setFlushMode(FlushModeType.COMMIT);
        var ids = notices.stream().map(Notice::recipientId).distinct().toList();
        var who = accounts.findAll(ids);
        var cadences = new EnumMap<Category, Map<Long, Cadence>>(Category.class);
        var now = new ArrayList<MailRequest>();
        for (var notice : notices) {
            var recipient = who.get(notice.recipientId());
            if (recipient != null) {
                var cadence = cadences.computeIfAbsent(notice.category(), c -> store.cadences(ids, c))
                        .get(notice.recipientId());
                try {
                    deliverAsChosen(notice, recipient, cadence).ifPresent(now::add);
                } catch (TemplateException broken) {
                    notSent(notice.key(), broken);
                }
            }
        }
        mails.enqueueAll(now).forEach((request, broken) -> notSent(request.idempotencyKey(), broken));
    }

    private void deliver(Notice notice, AccountSummary recipient, Cadence cadence) {
        try {
            deliverAsChosen(notice, recipient, cadence).ifPresent(mails::enqueue);
        } catch (TemplateException broken) {
            notSent(notice.key(), broken);
        }
    }

    private static void notSent(String key, TemplateException broken) {
        // the member's action must not fail because of our template; MailTemplatesTest guards them
        LOG.log(Level.SEVERE, "Notification " + key + " not sent", broken);
    }

    /** Keeps the notice for the member's digest, or returns the mail to queue now (empty when they get none). */
    private Optional<MailRequest> deliverAsChosen(Notice notice, AccountSummary who, Cadence cadence) {
        if (!who.verified() || cadence == Cadence.OFF) {
            return Optional.empty();
        }
        var scope = cadence.isDigest()
                ? UnsubscribeToken.digestScope(cadence)
                : notice.category().name();
        var request = request(notice.template(), who, notice.model(), notice.key(), scope);
        if (cadence == Cadence.IMMEDIATELY) {
            return Optional.of(request);
        }
        var now = OffsetDateTime.now(clock);
        var headline = mails.preview(request).subject();
        var wait = cadence.wait(Duration.parse(dailyPeriod), Duration.parse(weeklyPeriod));
        store.keepForDigest(
                new DigestItem(notice, cadence, headline, now), who.id(), cadence, notice.key(), now.plus(wait));
        return Optional.empty();
    }

    /** A mail to a member with the values every notification template has: name and the two links. */
    public MailRequest request(
            String template, AccountSummary who, Map<String, Object> values, String key, String scope) {
        var token = new UnsubscribeToken(who.id(), scope).sign(signing.key());
        var model = new HashMap<String, Object>(values);
        model.put("name", who.name());
        model.put("unsubscribeLink", link("/notifications/unsubscribe?token=" + token));
        model.put("preferencesLink", link("/accounts/profile#notifications"));
        return new MailRequest(
                template,
                who.email(),
                Locale.forLanguageTag(who.language()),
                model,
                key,
                link("/api/notifications/unsubscribe?token=" + token));
    }

    public String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
