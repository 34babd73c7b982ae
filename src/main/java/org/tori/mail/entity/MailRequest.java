package org.tori.mail.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A mail some feature wants sent. The idempotency key names the mail for good: asking twice with
 * the same key queues it once, and it becomes the Message-ID the receiver sees. Mails a member can
 * opt out of carry the one-click unsubscribe address (RFC 8058); account mails have none.
 */
public record MailRequest(
        String template,
        String recipient,
        Locale language,
        Map<String, Object> model,
        String idempotencyKey,
        String unsubscribeUrl) {

    public MailRequest(
            String template, String recipient, Locale language, Map<String, Object> model, String idempotencyKey) {
        this(template, recipient, language, model, idempotencyKey, null);
    }

    public MailRequest {
        Objects.requireNonNull(template);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(language);
        model = Map.copyOf(model);
        Objects.requireNonNull(idempotencyKey);
    }
}
