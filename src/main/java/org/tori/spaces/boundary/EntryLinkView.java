package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.platform.faces.Page;

/**
 * {@code /spaces/entry?id=}: the address other features link an entry by (a roadmap item that came
 * from it, say). An entry is shown on its space, so this leads there, to the entry's place in the results.
 */
@Named
@RequestScoped
public class EntryLinkView {

    @Inject
    Entries entries;

    public void go() throws IOException {
        var entry = Page.id("id");
        var space = entries.spaceOf(entry);
        if (space.isEmpty()) {
            Page.notFound();
            return;
        }
        Page.redirect("/spaces/space?id=" + space.get() + "#result-" + entry);
    }
}
