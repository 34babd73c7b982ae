package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tori.platform.lifeevents.ItemKind;
import org.tori.platform.lifeevents.LifeEventTags;
import org.tori.search.entity.SpaceDocument;
import org.tori.spaces.boundary.SpaceFilter;
import org.tori.spaces.boundary.Spaces;

/** Published spaces; drafts stay out of the index. */
@ApplicationScoped
public class SpaceDocuments implements DocumentSource {

    public static final String TYPE = "space";

    @Inject
    Spaces spaces;

    @Inject
    LifeEventTags lifeEventTags;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String index() {
        return Indices.SPACES;
    }

    @Override
    public List<String> allIds() {
        var ids = new ArrayList<String>();
        for (int page = 0; ; page++) {
            var items = spaces.list(SpaceFilter.any(), page, Spaces.MAX_PAGE_SIZE, null)
                    .items();
            items.forEach(s -> ids.add(String.valueOf(s.id())));
            if (items.size() < Spaces.MAX_PAGE_SIZE) {
                return ids;
            }
        }
    }

    @Override
    public Optional<Object> document(String id) {
        long spaceId;
        try {
            spaceId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return spaces.detail(spaceId, null).map(d -> {
            var s = d.summary();
            var text = d.descriptionHtml() == null
                    ? ""
                    : d.descriptionHtml()
                            .replaceAll("<[^>]+>", " ")
                            .replaceAll("\\s+", " ")
                            .strip();
            return new SpaceDocument(
                    String.valueOf(s.id()),
                    s.kind(),
                    s.phase(),
                    s.title(),
                    s.summary(),
                    text,
                    s.organiser(),
                    s.city(),
                    s.themes(),
                    s.domain(),
                    s.valueStreams(),
                    lifeEventTags.eventsOf(ItemKind.SPACE, s.id()));
        });
    }
}
