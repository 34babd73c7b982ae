package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tori.knowledge.entity.Visibility;
import org.tori.pilots.boundary.PilotPage;
import org.tori.pilots.boundary.Pilots;
import org.tori.search.entity.KnowledgeDocument;

/**
 * Pilots in the knowledge index (kind "pilot"), read as an anonymous visitor reads the public pilot
 * page: its title, partner organisation, plan and decision, never the company's or owner's people.
 */
@ApplicationScoped
public class PilotDocuments implements NumberedKnowledgeSource {

    public static final String TYPE = "pilot";

    @Inject
    Pilots pilots;

    @Override
    public String type() {
        return TYPE;
    }

    public static String documentId(long pilotId) {
        return TYPE + "-" + pilotId;
    }

    @Override
    public Optional<Object> document(String id) {
        return DocumentSource.number(id)
                .flatMap(n -> pilots.page(n, Optional.empty(), Locale.ENGLISH))
                .map(PilotDocuments::of);
    }

    @Override
    public List<String> allIds() {
        return DocumentSource.ids(pilots.ids());
    }

    static Object of(PilotPage p) {
        var row = p.row();
        var body = new StringBuilder();
        if (p.scaleUpPlan() != null && !p.scaleUpPlan().isBlank()) {
            body.append(p.scaleUpPlan());
        }
        if (p.decided() && p.decisionReason() != null && !p.decisionReason().isBlank()) {
            body.append(body.isEmpty() ? "" : "\n\n").append(p.decisionReason());
        }
        return new KnowledgeDocument(
                TYPE,
                String.valueOf(row.id()),
                row.title(),
                body.toString(),
                null,
                null,
                row.partner(),
                null,
                p.startsOn() == null ? null : p.startsOn().toString(),
                p.startsOn() == null ? null : p.startsOn().getYear(),
                List.of(),
                null,
                List.of(),
                List.of(),
                Visibility.PUBLIC.name(),
                null,
                null,
                row.title() + " " + (row.partner() == null ? "" : row.partner()),
                null,
                null);
    }
}
