package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.accounts.boundary.Accounts;
import org.tori.ecosystem.entity.Organisation;
import org.tori.mail.boundary.Mails;
import org.tori.mail.entity.MailRequest;

/**
 * The requester hears of staff's decision on their organisation by mail: queued in the deciding
 * transaction through the mail outbox and sent after commit, once per organisation.
 */
@ApplicationScoped
public class OrganisationAnswers {

    @Inject
    Accounts accounts;

    @Inject
    Mails mails;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    String baseUrl;

    void mail(Organisation o) {
        if (o.getRequestedBy() == null) {
            return;
        }
        accounts.find(o.getRequestedBy()).filter(a -> a.verified()).ifPresent(requester -> {
            var model = new HashMap<String, Object>();
            model.put("name", requester.name());
            model.put("accepted", o.isPublic());
            model.put("organisation", o.getName());
            model.put("reason", o.getRefusal() == null ? "" : o.getRefusal());
            model.put(
                    "link",
                    baseUrl.replaceAll("/+$", "")
                            + (o.isPublic() ? "/partners/organisation?id=" + o.getId() : "/partners/request"));
            mails.enqueue(new MailRequest(
                    "organisation-answer",
                    requester.email(),
                    Locale.forLanguageTag(requester.language()),
                    model,
                    "organisation-answer:" + o.getId()));
        });
    }
}
