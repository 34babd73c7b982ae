package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tori.roadmap.boundary.ItemPage;
import org.tori.roadmap.boundary.Roadmap;
import org.tori.search.entity.KnowledgeDocument;

/**
 * Roadmap items in the knowledge index (kind "roadmap"), each with its own visibility: a
 * partners-only or staff-only item is filtered out for readers without the role like a lesson is.
 */
@ApplicationScoped
public class RoadmapDocuments implements NumberedKnowledgeSource {

    public static final String TYPE = "roadmap";

    @Inject
    Roadmap roadmap;

    @Override
    public String type() {
        return TYPE;
    }

    public static String documentId(long itemId) {
        return TYPE + "-" + itemId;
    }

    @Override
    public Optional<Object> document(String id) {
        return DocumentSource.number(id)
                .flatMap(n -> roadmap.item(n, Roadmap.SYSTEM))
                .map(RoadmapDocuments::of);
    }

    @Override
    public List<String> allIds() {
        return DocumentSource.ids(roadmap.ids());
    }

    static KnowledgeDocument of(ItemPage page) {
        var i = page.item();
        var date = i.startsOn() != null ? i.startsOn() : i.plannedEnd();
        boolean open = "PUBLIC".equals(i.visibility());
        return new KnowledgeDocument(
                TYPE,
                String.valueOf(i.id()),
                i.title(),
                i.summary(),
                i.statusName(),
                i.city(),
                i.owner(),
                null,
                date == null ? null : date.toString(),
                date == null ? null : date.getYear(),
                i.themes(),
                page.domain(),
                i.valueStreams(),
                List.of(),
                i.visibility(),
                null,
                null,
                open ? i.title() + " " + i.summary() : null,
                null,
                null);
    }
}
