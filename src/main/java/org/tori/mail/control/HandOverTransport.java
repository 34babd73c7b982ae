package org.tori.mail.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPOutputStream;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP connection that lets the outbox record the hand-over of a mail around its end of data.
 * Until the final "." the server holds nothing (a connection that drops mid-data is discarded);
 * once it has the "." it may deliver whatever happens to us. So the outbox updates the row to
 * handed over, sends the "." while that transaction is still open, and commits at once: an instance
 * killed before the "." leaves the mail pending (sent again later, and the server never had it), one
 * killed after the commit leaves it handed over (never sent again). Only the few microseconds
 * between writing the "." and writing the commit remain, instead of a whole database round trip.
 */
final class HandOverTransport extends SMTPTransport {

    /** How far the last mail got: the server's answer only matters once the data was ended. */
    enum Outcome {
        NOT_HANDED_OVER,
        LEASE_LOST,
        HANDED_OVER
    }

    /** Records the hand-over around {@code endOfData}, which it must call before its commit. */
    @FunctionalInterface
    interface HandOver {
        /** @return false when the mail is not this instance's to send any more (then no end of data) */
        boolean record(EndOfData endOfData) throws MessagingException;
    }

    @FunctionalInterface
    interface EndOfData {
        void send() throws MessagingException;
    }

    private HandOver handOver = endOfData -> {
        endOfData.send();
        return true;
    };
    private Outcome outcome = Outcome.NOT_HANDED_OVER;
    private SMTPOutputStream dataStream;

    HandOverTransport(Session session, URLName url) {
        super(session, url);
    }

    /** Sends the mail, with {@code handOver} recording it around the end of data. */
    synchronized void send(MimeMessage message, HandOver handOver) throws MessagingException {
        var previous = this.handOver;
        this.handOver = handOver;
        this.outcome = Outcome.NOT_HANDED_OVER;
        try {
            sendMessage(message, message.getAllRecipients());
        } finally {
            this.handOver = previous;
        }
    }

    /** How far the last {@link #send} got. */
    synchronized Outcome outcome() {
        return outcome;
    }

    @Override
    protected OutputStream data() throws MessagingException {
        var stream = super.data();
        dataStream = (SMTPOutputStream) stream;
        return stream;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        dataStream.ensureAtBOL();
        boolean ours;
        try {
            ours = handOver.record(() -> {
                sendCommand(".");
                outcome = Outcome.HANDED_OVER;
            });
        } catch (RuntimeException e) {
            if (outcome != Outcome.HANDED_OVER) {
                // the hand-over could not be recorded: the server must not get the end of data
                throw new IOException("the hand-over could not be recorded", e);
            }
            // the server has the mail but the outbox does not know: drop the connection (its answer is
            // unread) and let the sender treat it as in doubt
            throw new IOException("the end of data was sent but its hand-over was not recorded", e);
        }
        if (!ours) {
            outcome = Outcome.LEASE_LOST;
            throw new IOException("the mail's lease passed to another instance before the hand-over");
        }
        var reply = readServerResponse();
        if (reply != 250) {
            throw new SMTPSendFailedException(".", reply, getLastServerResponse(), null, null, null, null);
        }
    }
}
