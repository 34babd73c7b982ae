package org.tori.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.cache.NotOnPublicPages;
import org.tori.platform.outbox.Attempts;
import org.tori.platform.outbox.Backoff;

/**
 * One mail in the outbox: pending until it is handed to the SMTP server, sent once the server
 * took it, failed after too many tries. Handed over is recorded in its own commit just before the
 * server is told the mail is complete, so a sender killed at any moment leaves a mail either
 * pending (the server never saw the end of it: send it again) or handed over (the server may have
 * it: never send it again). That is what keeps a mail from going out twice across a crash.
 */
@NotOnPublicPages
@Entity
@Table(name = "mail_outbox")
@NamedQuery(
        name = OutgoingMail.KEYS_AMONG,
        query = "SELECT m.idempotencyKey FROM OutgoingMail m WHERE m.idempotencyKey IN :keys")
@NamedQuery(
        name = OutgoingMail.FAILED,
        query =
                "SELECT m FROM OutgoingMail m WHERE m.status = org.tori.mail.entity.OutgoingMail.Status.FAILED ORDER BY m.id DESC")
@NamedQuery(name = OutgoingMail.COUNT_PENDING, query = "SELECT COUNT(m) FROM OutgoingMail m WHERE m.status = :status")
@NamedQuery(
        name = OutgoingMail.OLDEST_PENDING,
        query = "SELECT MIN(m.createdAt) FROM OutgoingMail m"
                + " WHERE m.status = org.tori.mail.entity.OutgoingMail.Status.PENDING")
// Rows locked by another instance are skipped, not waited for: each instance takes its own batch.
// 50 a batch: one claim and one SMTP connection per 50 mails (see bench/mail-throughput.sh).
// The server answered 250 to the end of data: the mails are sent.
@NamedQuery(
        name = OutgoingMail.CONFIRM,
        query =
                "UPDATE OutgoingMail m SET m.status = org.tori.mail.entity.OutgoingMail.Status.SENT,"
                        + " m.tries.attempts = m.tries.attempts + 1, m.tries.lastError = NULL WHERE m.id IN :ids AND m.status = org.tori.mail.entity.OutgoingMail.Status.HANDED")
// Handed over by an instance that stopped before it heard the server's answer (its lease is over):
// the server had the whole mail, so it counts as sent and is never sent again.
@NamedQuery(
        name = OutgoingMail.PRESUME_DELIVERED,
        query = "UPDATE OutgoingMail m SET m.status = org.tori.mail.entity.OutgoingMail.Status.SENT,"
                + " m.tries.attempts = m.tries.attempts + 1, m.tries.lastError = '" + OutgoingMail.PRESUMED + "'"
                + " WHERE m.status = org.tori.mail.entity.OutgoingMail.Status.HANDED AND m.tries.nextAttemptAt <= :now")
@NamedNativeQuery(
        name = OutgoingMail.CLAIM_DUE,
        query =
                "SELECT id FROM mail_outbox WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id FETCH FIRST 50 ROWS ONLY FOR UPDATE SKIP LOCKED")
public class OutgoingMail {

    public static final String KEYS_AMONG = "OutgoingMail.keysAmong";
    public static final String COUNT_PENDING = "OutgoingMail.countPending";
    public static final String OLDEST_PENDING = "OutgoingMail.oldestPending";
    public static final String FAILED = "OutgoingMail.failed";
    public static final String CLAIM_DUE = "OutgoingMail.claimDue";
    public static final String CONFIRM = "OutgoingMail.confirm";
    /**
     * The hand-over, run in the transaction that is open while the end of data goes out: only the
     * holder of the current lease (the lease end it was given) hands a pending mail over, and only
     * once; the row lock this UPDATE takes keeps two instances that both think they hold it apart.
     * Parameters: now, id, the lease end.
     */
    public static final String HAND_OVER = "UPDATE mail_outbox SET status = 'HANDED', sent_at = ?"
            + " WHERE id = ? AND status = 'PENDING' AND next_attempt_at = ?";

    public static final String PRESUME_DELIVERED = "OutgoingMail.presumeDelivered";
    /** Kept as the last error of a mail whose sender stopped between hand-over and the server's answer. */
    public static final String PRESUMED =
            "presumed delivered: handed over in full, the sender stopped before the server answered";

    public static final int BATCH = 50;
    /** After this many failed attempts (about a day with the default backoff) a mail is given up. */
    public static final int MAX_ATTEMPTS = 40;

    public enum Status {
        PENDING,
        HANDED,
        SENT,
        FAILED
    }

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    private String template;
    private String recipient;
    private String subject;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Embedded
    private Attempts tries;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    protected OutgoingMail() {}

    public OutgoingMail(MailRequest request, RenderedMail rendered, OffsetDateTime now) {
        this.idempotencyKey = request.idempotencyKey();
        this.template = request.template();
        this.recipient = request.recipient();
        // a header: a title or name with line breaks must not start a header of its own
        this.subject = oneLine(Objects.requireNonNull(rendered.subject()));
        this.unsubscribeUrl = request.unsubscribeUrl() == null ? null : oneLine(request.unsubscribeUrl());
        this.textBody = Objects.requireNonNull(rendered.text());
        this.htmlBody = Objects.requireNonNull(rendered.html());
        this.status = Status.PENDING;
        this.createdAt = now;
        this.tries = Attempts.dueAt(now);
    }

    /**
     * Holds the mail for one instance while it sends: nobody else takes it before the lease ends.
     * If that instance dies, the mail is simply due again when the lease runs out.
     */
    public void claimUntil(OffsetDateTime leaseEnd) {
        if (status == Status.PENDING) {
            tries.postpone(leaseEnd);
        }
    }

    /**
     * The server refused the mail at the end of data (a 4xx or 5xx answer): it did not take it, so
     * the mail is pending again, to be retried (or given up when the refusal is for good).
     */
    public void refusedAfterHandOver(String error, OffsetDateTime now, Backoff backoff, boolean forGood) {
        if (status != Status.HANDED) {
            return;
        }
        status = Status.PENDING;
        sentAt = null;
        if (forGood) {
            givenUp(error, now);
        } else {
            failed(error, now, backoff);
        }
    }

    /**
     * The connection broke after the whole mail was handed over, before the server's answer: the
     * server most likely has it, and sending it again would be the duplicate people notice. It
     * counts as sent, with the doubt kept in its last error for staff to see.
     */
    public void presumedDelivered(String why) {
        if (status == Status.HANDED) {
            status = Status.SENT;
            tries.counted(why == null ? PRESUMED : why);
        }
    }

    public void failed(String error, OffsetDateTime now, Backoff backoff) {
        if (tries.count() + 1 >= MAX_ATTEMPTS) {
            tries.failed(error);
            status = Status.FAILED;
        } else {
            tries.failed(error, now, backoff);
        }
    }

    /** The server or the address said no for good (unknown mailbox, malformed address): no more tries. */
    public void givenUp(String error, OffsetDateTime now) {
        tries.failed(error);
        tries.postpone(now);
        status = Status.FAILED;
    }

    /** Staff send a failed mail again: it keeps its Message-ID, so receivers can tell it is the same mail. */
    public void resend(OffsetDateTime now) {
        if (status != Status.FAILED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "mail.resend.notFailed");
        }
        status = Status.PENDING;
        tries.restart(now);
    }

    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }

    /** The same for every attempt at this mail, so a resend after a crash can be recognised. */
    public String messageId(String domain) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return tries.count();
    }

    public String getTemplate() {
        return template;
    }

    public String getLastError() {
        return tries.lastError();
    }

    public OffsetDateTime getNextAttemptAt() {
        return tries.nextAt();
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }
}
