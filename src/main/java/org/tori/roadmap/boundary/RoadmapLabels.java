package org.tori.roadmap.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.i18n.Texts;
import org.tori.roadmap.entity.OriginKind;

/** Status names in the reader's language: the statuses Tori ships are translated, those staff add show as named. */
@Named("roadmapLabels")
@ApplicationScoped
public class RoadmapLabels {

    @Inject
    Roadmap roadmap;

    @Inject
    CurrentReader reader;

    /** Readable items that came from this space, entry, lesson or story. */
    public List<ItemRow> from(String kind, Object id) {
        try {
            return roadmap.fromOrigin(OriginKind.valueOf(kind), Long.parseLong(String.valueOf(id)), reader.get());
        } catch (IllegalArgumentException unknown) {
            return List.of();
        }
    }

    /** The title of an item the reader follows (its number when they may no longer read it). */
    public String itemTitle(String id) {
        try {
            return roadmap.item(Long.parseLong(id), reader.get())
                    .map(p -> p.item().title())
                    .orElse("#" + id);
        } catch (NumberFormatException notAnId) {
            return id;
        }
    }

    public String status(String code, String name) {
        var key = "roadmap.status." + code;
        var text = Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
        return key.equals(text) ? name : text;
    }
}
