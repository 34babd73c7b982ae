package org.tori.mail.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import org.tori.mail.control.SinkClient;

/** Staff page that shows what the local SMTP sink received, so demo mails can be read without a mailbox. */
@Named
@RequestScoped
public class MailSinkView {

    private static final Logger LOG = Logger.getLogger(MailSinkView.class.getName());

    @Inject
    SinkClient sink;

    @Inject
    Mails mails;

    private List<SinkClient.SinkMail> received;
    private boolean unreachable;

    public void load() {
        if (!sink.configured()) {
            return;
        }
        try {
            received = sink.mails(200);
        } catch (IOException e) {
            LOG.warning(() -> "Mail sink not reachable: " + e);
            unreachable = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unreachable = true;
        }
    }

    public boolean isConfigured() {
        return sink.configured();
    }

    public boolean isUnreachable() {
        return unreachable;
    }

    public List<SinkClient.SinkMail> getReceived() {
        return received == null ? List.of() : received;
    }

    public long getPending() {
        return mails.pending();
    }
}
