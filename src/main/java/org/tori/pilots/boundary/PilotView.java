package org.tori.pilots.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;

/**
 * The public pilot page: the chain from origin to story (with the roadmap items that name the pilot),
 * the record by section, links to fill and decide.
 */
@Named
@RequestScoped
public class PilotView {

    @Inject
    Pilots pilots;

    @Inject
    CurrentMember member;

    @Inject
    Instance<PilotRoadmap> roadmap;

    private PilotPage page;
    private List<PilotRoadmap.Item> items;

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

    /** The roadmap items that name this pilot as their origin, as the reader may see them. */
    public List<PilotRoadmap.Item> getRoadmapItems() {
        if (items == null) {
            items = page == null || !roadmap.isResolvable()
                    ? List.of()
                    : roadmap.get().itemsOf(page.row().id());
        }
        return items;
    }
}
