package org.tori.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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
    java.util.Optional<String> user;
    @Inject
    @ConfigProperty(name = "tori.mail.password")
    java.util.Optional<String> password;
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
        var transport = session.getTransport("smtp");
        if (user.isPresent()) {
            transport.connect(host, port, user.get(), password.orElse(""));
        } else {
            transport.connect();
        }
        return transport;
    }

    public void send(Transport transport, OutgoingMail mail) throws MessagingException {
        var message = message(mail);
        transport.sendMessage(message, message.getAllRecipients());
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
