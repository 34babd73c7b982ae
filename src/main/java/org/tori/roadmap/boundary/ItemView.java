package org.tori.roadmap.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.faces.Page;

/** One roadmap item's page: details, origins, parent and children, milestones and review decisions. */
@Named
@RequestScoped
public class ItemView {

    @Inject
    Roadmap roadmap;

    @Inject
    CurrentReader reader;

    private ItemPage page;

    /** 404 for an item that does not exist or that the reader may not read: restricted items are not even hinted at. */
    public void load() throws IOException {
        page = roadmap.item(Page.id("id"), reader.get()).orElse(null);
        if (page == null) {
            Page.notFound();
        }
    }

    public ItemPage getPage() {
        return page;
    }

    public boolean isStaff() {
        return reader.get().staff();
    }
}
