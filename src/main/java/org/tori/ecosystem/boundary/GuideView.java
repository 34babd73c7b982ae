package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tori.ecosystem.entity.Audience;
import org.tori.platform.faces.Page;
import org.tori.spaces.boundary.PublicParticipation;
import org.tori.spaces.boundary.PublicParticipation.SpaceLink;

/** "How to take part" for one audience ({@code ?for=company}), with the spaces open now; stateless. */
@Named
@RequestScoped
public class GuideView {

    @Inject
    Guides guides;

    @Inject
    PublicParticipation participation;

    private Guides.Guide guide;
    private List<SpaceLink> open;

    /** Without {@code ?for=} the page lists the audiences; an unknown one is 404. */
    public void load() throws IOException {
        if (Page.param("for") == null) {
            return;
        }
        var audience = Audience.ofSlug(Page.param("for"));
        if (audience.isEmpty()) {
            Page.notFound();
            return;
        }
        guide = guides.guide(
                audience.get(), Page.faces().getViewRoot().getLocale().getLanguage());
        open = participation.open(10);
    }

    public Guides.Guide getGuide() {
        return guide;
    }

    public List<SpaceLink> getOpen() {
        return open;
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }
}
