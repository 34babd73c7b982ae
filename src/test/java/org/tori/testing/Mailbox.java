package org.tori.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on the port the portal under test sends to (TORI_MAIL_PORT). */
public final class Mailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/accounts/[a-z]+\\?token=[A-Za-z0-9_-]+)");
    private GreenMail server;

    public static int port() {
        return Integer.parseInt(System.getenv().getOrDefault("TORI_MAIL_PORT", "3025"));
    }

    public Mailbox start() {
        server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public List<MimeMessage> to(String recipient) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> addressedTo(m, recipient))
                .toList();
    }

    public MimeMessage waitFor(String recipient, Duration timeout) throws InterruptedException {
        var end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            var found = server == null ? List.<MimeMessage>of() : to(recipient);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + recipient + " within " + timeout);
    }

    public MimeMessage waitForSubject(String recipient, String subject, Duration timeout) throws InterruptedException {
        var end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            for (var mail : server == null ? List.<MimeMessage>of() : to(recipient)) {
                try {
                    if (subject.equals(mail.getSubject())) {
                        return mail;
                    }
                } catch (MessagingException unreadable) {
                    // look at the next one
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail '" + subject + "' to " + recipient + " within " + timeout);
    }

    /** The path and query of the first account link in the mail (the host is the configured base URL). */
    public static String linkPath(MimeMessage mail) {
        var matcher = LINK.matcher(textPart(mail));
        if (!matcher.find()) {
            throw new AssertionError("no account link in: " + textPart(mail));
        }
        return matcher.group(1);
    }

    public static String textPart(MimeMessage mail) {
        try {
            var multipart = (MimeMultipart) mail.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
            }
            return GreenMailUtil.getBody(mail);
        } catch (Exception e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    public static String htmlPart(MimeMessage mail) {
        try {
            var multipart = (MimeMultipart) mail.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    return (String) part.getContent();
                }
            }
            return "";
        } catch (Exception e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
