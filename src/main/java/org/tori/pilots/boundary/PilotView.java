package org.tori.pilots.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;

/** The public pilot page: the chain from origin to story, the record by section, links to fill and decide. */
@Named
@RequestScoped
public class PilotView {

    @Inject
    Pilots pilots;

    @Inject
    CurrentMember member;

    private PilotPage page;

    public void load() throws IOException {
        page = pilots.page(
                        Page.id("id"),
                        member.actor(),
                        Page.faces().getViewRoot().getLocale())
                .orElse(null);
        if (page == null) {
            Page.notFound();
        }
    }

    public PilotPage getPage() {
        return page;
    }
}
