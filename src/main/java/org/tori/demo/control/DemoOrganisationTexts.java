package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tori.accounts.boundary.Accounts;
import org.tori.ecosystem.boundary.DirectoryFilter;
import org.tori.ecosystem.boundary.Organisations;
import org.tori.knowledge.entity.Reader;

/**
 * Parcelbox Oy's description in Finnish and Swedish besides its English main text, so that readers of
 * the demo see an organisation in their own language. Added once, after the demo organisations.
 */
@ApplicationScoped
public class DemoOrganisationTexts {

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    public void seed() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        var parcelbox = organisations.directory(DirectoryFilter.NONE).stream()
                .filter(c -> c.name().equals("Parcelbox Oy"))
                .findFirst();
        if (staffId.isEmpty()
                || parcelbox.isEmpty()
                || !parcelbox.get().translations().isEmpty()) {
            return;
        }
        long id = parcelbox.get().id();
        var form = organisations.form(id);
        form.setDescriptionFi("Älykkäitä pakettiautomaatteja kerrostaloihin, pilotoitu Hervannassa.");
        form.setDescriptionSv("Smarta paketautomater för flervåningshus, testade i Hervanta.");
        organisations.edit(id, form, new Reader(staffId.get(), true, false, null));
    }
}
