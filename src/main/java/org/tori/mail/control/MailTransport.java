package org.tori.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.mail.entity.OutgoingMail;

/** Hands one mail to the SMTP server configured by tori.mail.* (TORI_MAIL_*). */
@ApplicationScoped
public class MailTransport {

    @Inject
    @ConfigProperty(name = "tori.mail.host")
    String host;

    @Inject
    @ConfigProperty(name = "tori.mail.port")
    int port;

    @Inject
    @ConfigProperty(name = "tori.mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "tori.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "tori.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "tori.mail.starttls", defaultValue = "false")
    boolean starttls;

    private Session session;
    private String domain;
    private InternetAddress fromAddress;
    private String fromHeader;

    @PostConstruct
    void init() {
        var props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        // a server that hangs must not hold the outbox's row locks for long
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        session = Session.getInstance(props);
        try {
            var address = new InternetAddress(from);
            fromAddress = address;
            fromHeader = address.toString();
            domain = address.getAddress().substring(address.getAddress().indexOf('@') + 1);
        } catch (MessagingException e) {
            throw new IllegalStateException("tori.mail.from is not an address: " + from, e);
        }
    }

    /** One SMTP connection for a whole batch: a new connection per mail costs more than the mail. */
    public Transport connect() throws MessagingException {
        var transport = new HandOverTransport(session, new URLName("smtp", host, port, null, null, null));
        if (user.isPresent()) {
            transport.connect(host, port, user.get(), password.orElse(""));
        } else {
            transport.connect();
        }
        return transport;
    }

    /**
     * Sends one mail on a connection from {@link #connect()}; {@code handOver} records the hand-over
     * around the end of data and may refuse it (then the server never gets the mail).
     * @throws MessagingException when no message can be made of the mail (an unusable address)
     * @throws Failure when sending failed, with how far it got
     */
    public void send(Transport transport, OutgoingMail mail, HandOverTransport.HandOver handOver)
            throws MessagingException, Failure {
        var message = message(mail);
        var connection = (HandOverTransport) transport;
        try {
            connection.send(message, handOver);
        } catch (MessagingException e) {
            throw new Failure(e, connection.outcome());
        }
    }

    /** A send that failed, with how far it got: before the end of data, at the hand-over, or after it. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient HandOverTransport.Outcome outcome;

        Failure(MessagingException cause, HandOverTransport.Outcome outcome) {
            super(cause);
            this.outcome = outcome;
        }

        public MessagingException reason() {
            return (MessagingException) getCause();
        }

        /** The server got the end of data: it refused the mail, or its answer never came. */
        public boolean afterHandOver() {
            return outcome == HandOverTransport.Outcome.HANDED_OVER;
        }

        /** Another instance holds the mail now (this one's lease ran out): it is theirs to send and record. */
        public boolean leaseLost() {
            return outcome == HandOverTransport.Outcome.LEASE_LOST;
        }

        /** The server's reply code to the end of data, or -1 when there was none (the connection broke). */
        public int replyCode() {
            return getCause() instanceof org.eclipse.angus.mail.smtp.SMTPSendFailedException refused
                    ? refused.getReturnCode()
                    : -1;
        }
    }

    MimeMessage message(OutgoingMail mail) throws MessagingException {
        // strict parsing: an address with line breaks or other junk is refused here, never sent
        var to = new InternetAddress(mail.getRecipient(), true);
        var headers = new MimeText.Headers(
                fromHeader, to.toString(), mail.messageId(domain), mail.getSubject(), mail.getUnsubscribeUrl());
        var bytes = MimeText.write(headers, mail.getTextBody(), mail.getHtmlBody(), ZonedDateTime.now(ZoneOffset.UTC));
        return new Written(session, fromAddress, to, mail.getSubject(), bytes);
    }

    /**
     * A mail whose bytes are already written ({@link MimeText}): the SMTP connection asks it only for
     * its envelope and then copies the bytes.
     */
    static final class Written extends MimeMessage {
        private final Address[] from;
        private final Address[] to;
        private final String subject;
        private final byte[] bytes;

        Written(Session session, InternetAddress from, InternetAddress to, String subject, byte[] bytes) {
            super(session);
            this.from = new Address[] {from};
            this.to = new Address[] {to};
            this.subject = subject;
            this.bytes = bytes;
        }

        @Override
        public Address[] getFrom() {
            return from.clone();
        }

        @Override
        public Address[] getAllRecipients() {
            return to.clone();
        }

        @Override
        public Address[] getRecipients(Message.RecipientType type) {
            return type == Message.RecipientType.TO ? to.clone() : null;
        }

        @Override
        public String getSubject() {
            return subject;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(bytes);
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoreHeaders) throws IOException {
            out.write(bytes);
        }

        @Override
        public int getSize() {
            return bytes.length;
        }

        @Override
        public void saveChanges() {
            // written once, never changed
        }
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }
}
