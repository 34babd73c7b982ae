package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.tori.roadmap.boundary.ItemPage;
import org.tori.roadmap.boundary.ItemRow;
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

    /** A rebuild's batch: the items read together, not one page each. */
    @Override
    public List<Document> documents(List<String> ids) {
        var numbers = DocumentSource.numbers(ids);
        var found = new HashMap<Long, KnowledgeDocument>();
        roadmap.indexed(numbers).forEach(x -> found.put(x.item().id(), of(x.item(), x.domain())));
        return numbers.stream()
                .map(n -> new Document(documentId(n), found.get(n)))
                .toList();
    }

    @Override
    public List<String> allIds() {
        return DocumentSource.ids(roadmap.ids());
    }

    static KnowledgeDocument of(ItemPage page) {
        return of(page.item(), page.domain());
    }

    static KnowledgeDocument of(ItemRow i, String domain) {
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
                domain,
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
