package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/**
 * An organisation's page ({@code ?id=}); a member lists themselves on it (or leaves the list) with a
 * plain form posted back to the page. Anyone else than staff and the requester gets 404 before approval.
 */
@Named
@RequestScoped
public class OrganisationView {

    @Inject
    Organisations organisations;

    @Inject
    CurrentReader reader;

    @Inject
    CurrentMember member;

    private OrganisationPage page;

    public void load() throws IOException {
        long id = Page.id("id");
        var op = Page.param("list-op");
        if (Page.posted() && op != null && member.id().isPresent()) {
            try {
                organisations.listMember(id, member.id().get(), "list".equals(op));
                Page.done(
                        "list".equals(op) ? "organisation.listed" : "organisation.unlisted",
                        "/partners/organisation?id=" + id);
                return;
            } catch (DomainException refused) {
                if (refused.kind() == DomainException.Kind.NOT_FOUND) {
                    Page.notFound();
                    return;
                }
                Page.refused(refused);
            }
        }
        page = organisations.page(id, reader.get()).orElse(null);
        if (page == null) {
            Page.notFound();
        }
    }

    public OrganisationPage getPage() {
        return page;
    }

    /** The description in the page's language when it is written in it, else in its main language. */
    public String getDescription() {
        return page == null ? null : page.card().descriptionIn(language());
    }

    public String getDescriptionLanguage() {
        return page == null ? null : page.card().descriptionLanguage(language());
    }

    private static String language() {
        return Page.faces().getViewRoot().getLocale().getLanguage();
    }

    public boolean isSignedIn() {
        return member.isSignedIn();
    }

    public boolean isStaff() {
        return member.isStaff();
    }
}
