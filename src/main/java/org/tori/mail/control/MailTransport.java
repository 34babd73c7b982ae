package org.tori.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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
        var messageId = mail.messageId(domain);
        var message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        // strict parsing: an address with line breaks or other junk is refused here, never sent
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        if (mail.getUnsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.getUnsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var text = new MimeBodyPart();
        text.setText(mail.getTextBody(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(mail.getHtmlBody(), "UTF-8", "html");
        var body = new MimeMultipart("alternative");
        body.addBodyPart(text);
        body.addBodyPart(html);
        message.setContent(body);
        message.saveChanges();
        return message;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }
}
