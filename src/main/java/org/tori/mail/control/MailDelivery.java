package org.tori.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.mail.entity.OutgoingMail;
import org.tori.platform.outbox.Backoff;

/**
 * Sends one batch of due mails over one SMTP connection: claim them for a lease (rows other
 * instances hold are skipped), then send each. A mail is marked handed over in the transaction
 * that is open while its end of data goes out (see {@link HandOverTransport}); the server's
 * answers are confirmed once for the batch. A mail the server refuses is retried, or given up at once when the refusal is for
 * good, so it never holds up the mails behind it. No transaction spans the SMTP conversation.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    MailClaims claims;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    @Inject
    RateLimit rateLimit;

    @Inject
    MailMetrics metrics;

    @Inject
    @ConfigProperty(name = "tori.mail.retry.first-millis", defaultValue = "5000")
    long firstRetry;

    @Inject
    @ConfigProperty(name = "tori.mail.retry.max-millis", defaultValue = "1800000")
    long maxRetry;

    @Inject
    @ConfigProperty(name = "tori.mail.claim-lease-millis", defaultValue = "60000")
    long leaseMillis;

    /**
     * Sends one batch on a connection of its own, then closes it (for a single round; a worker's
     * senders keep theirs from batch to batch).
     * @return how many mails were claimed; fewer than a full batch means the outbox is drained
     */
    public int deliverBatch() {
        try (var sender = sender()) {
            return sender.deliverBatch();
        }
    }

    /** A sender of its own for one worker thread: it keeps its SMTP connection from batch to batch. */
    public Sender sender() {
        return new Sender();
    }

    /**
     * One worker thread's sender. Opening an SMTP connection costs a greeting and an EHLO, often
     * more than a mail, so the connection stays open from batch to batch until {@link #close()} (at
     * the end of a round) or until it has carried {@link #MAILS_PER_CONNECTION} mails (relays limit
     * how many they take on one connection). Not for two threads at once.
     */
    public final class Sender implements AutoCloseable {

        private Transport connection;
        private int carried;

        /** @return how many mails were claimed; fewer than a full batch means the outbox is drained */
        public int deliverBatch() {
            var now = OffsetDateTime.now(clock);
            var mails = claims.claim(now, Duration.ofMillis(leaseMillis));
            if (mails.isEmpty()) {
                return 0;
            }
            var backoff = Backoff.ofMillis(firstRetry, maxRetry);
            var handedOver = new ArrayList<Long>(mails.size());
            var open = open();
            try (var handOvers = claims.handOvers()) {
                // stop well inside the lease: past it, another instance may take the mails left over
                var stopAt = now.plus(Duration.ofMillis(leaseMillis / 2));
                for (var mail : mails) {
                    if (OffsetDateTime.now(clock).isAfter(stopAt)) {
                        break;
                    }
                    if (!open) {
                        // one refused connection is enough to know; the rest wait for the next round
                        record(mail.getId(), m -> m.failed("not sent: SMTP server unreachable", now, backoff));
                        continue;
                    }
                    open = deliver(handOvers, mail, now, backoff, handedOver);
                }
            } catch (RuntimeException e) {
                // whatever broke may have broken the conversation too: the next batch starts afresh
                close();
                throw e;
            } finally {
                // a crash before this line leaves them handed over: counted as sent when the lease ends
                metrics.sent().inc(claims.confirm(handedOver));
            }
            return mails.size();
        }

        /** @return whether there is a connection to send on */
        private boolean open() {
            if (connection != null && (carried >= MAILS_PER_CONNECTION || !connection.isConnected())) {
                close();
            }
            if (connection == null) {
                try {
                    connection = transport.connect();
                    carried = 0;
                } catch (MessagingException e) {
                    LOG.warning(() -> "SMTP server unreachable; the claimed mails wait for the next round: " + e);
                }
            }
            return connection != null;
        }

        /** @return whether the connection can carry the next mail */
        private boolean deliver(
                MailClaims.HandOvers handOvers,
                OutgoingMail mail,
                OffsetDateTime now,
                Backoff backoff,
                List<Long> handedOver) {
            rateLimit.acquire();
            carried++;
            try {
                transport.send(
                        connection, mail, endOfData -> handOvers.handOver(mail, OffsetDateTime.now(clock), endOfData));
                handedOver.add(mail.getId());
            } catch (AddressException e) {
                LOG.warning(() -> "Mail " + mail.getId() + " has an unusable address; given up: " + e.getMessage());
                record(mail.getId(), m -> m.givenUp(String.valueOf(e), now));
            } catch (MailTransport.Failure failure) {
                if (failure.leaseLost()) {
                    LOG.info(() ->
                            "Mail " + mail.getId() + " passed to another instance before its hand-over; left to it");
                } else if (failure.afterHandOver()) {
                    answerAfterHandOver(mail, failure, now, backoff);
                } else {
                    notSent(mail, failure.reason(), now, backoff);
                }
                return open();
            } catch (IllegalStateException connectionLost) {
                record(mail.getId(), m -> m.failed("not sent: SMTP connection lost", now, backoff));
                close();
                return false;
            } catch (MessagingException e) {
                LOG.warning(() -> "Mail " + mail.getId() + " could not be made into a message; given up: " + e);
                record(mail.getId(), m -> m.givenUp(String.valueOf(e), now));
            }
            return true;
        }

        /** Ends the SMTP conversation; the next batch opens a new one. */
        @Override
        public void close() {
            var open = connection;
            connection = null;
            if (open != null) {
                try {
                    open.close();
                } catch (MessagingException alreadyGone) {
                    // the mails are marked; a broken QUIT changes nothing
                }
            }
        }
    }

    /** Relays commonly end a connection after 100 mails or more; a new one before that is cheap. */
    static final int MAILS_PER_CONNECTION = 100;

    /** Commits one mail's outcome, then counts it. */
    private void record(long id, Consumer<OutgoingMail> outcome) {
        metrics.outcome(claims.record(id, outcome));
    }

    /** The server had the whole mail: a 4xx or 5xx means it refused it; no answer leaves it in doubt. */
    private void answerAfterHandOver(
            OutgoingMail mail, MailTransport.Failure failure, OffsetDateTime now, Backoff backoff) {
        var code = failure.replyCode();
        var error = String.valueOf(failure.reason());
        if (code >= 400 && code < 600) {
            LOG.warning(() -> "Mail " + mail.getId() + " refused at the end of data (" + code + "): " + error);
            record(mail.getId(), m -> m.refusedAfterHandOver(error, now, backoff, code >= 500));
        } else {
            // sending it again would be the duplicate a member notices; not sending it, a mail they miss.
            // The server had every byte and the end of data, so it most likely delivered it.
            LOG.warning(() -> "Mail " + mail.getId()
                    + " handed over, but the server's answer was lost; counted as sent: " + error);
            record(mail.getId(), m -> m.presumedDelivered("in doubt: handed over, the answer was lost: " + error));
        }
    }

    private void notSent(OutgoingMail mail, MessagingException e, OffsetDateTime now, Backoff backoff) {
        if (e instanceof SendFailedException refused
                && refused.getInvalidAddresses() != null
                && refused.getInvalidAddresses().length > 0) {
            // the server refused this recipient for good (5xx): another try would get the same answer
            LOG.warning(() -> "Mail " + mail.getId() + " refused by the server; given up: " + e.getMessage());
            record(mail.getId(), m -> m.givenUp(String.valueOf(e), now));
        } else {
            LOG.warning(() -> "Mail " + mail.getId() + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e);
            record(mail.getId(), m -> m.failed(String.valueOf(e), now, backoff));
        }
    }
}
