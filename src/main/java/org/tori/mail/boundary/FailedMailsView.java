package org.tori.mail.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/**
 * Staff page of mails that did not go out (refused addresses, a day of failed tries), with resend.
 * The rows' plain forms carry a per-session token so another site cannot make staff resend mails.
 */
@Named
@RequestScoped
public class FailedMailsView {

    private static final String CSRF = "tori.mail.failed.csrf";

    @Inject
    Mails mails;

    private List<Mails.FailedMail> failed;
    private boolean resent;
    private String csrf;

    public void load() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var session = external.getSessionMap();
        csrf = (String) session.computeIfAbsent(CSRF, k -> {
            var bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        });
        var id = Page.param("resend");
        if (Page.posted() && id != null) {
            var given = Page.param("csrf");
            if (given == null
                    || !MessageDigest.isEqual(
                            given.getBytes(StandardCharsets.UTF_8), csrf.getBytes(StandardCharsets.UTF_8))) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "mail.resend.forbidden");
            }
            try {
                mails.resend(Long.parseLong(id));
            } catch (NumberFormatException notAnId) {
                throw new DomainException(DomainException.Kind.INVALID, "mail.notFound");
            }
            resent = true;
        }
        failed = mails.failed(200);
    }

    public List<Mails.FailedMail> getFailed() {
        return failed;
    }

    public boolean isResent() {
        return resent;
    }

    public String getCsrf() {
        return csrf;
    }
}
