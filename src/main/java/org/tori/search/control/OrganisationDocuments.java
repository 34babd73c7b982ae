package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tori.ecosystem.boundary.Organisations;
import org.tori.knowledge.entity.Reader;
import org.tori.search.entity.OrganisationDocument;

/** Approved organisations of the ecosystem; a requested or refused one has no document. */
@ApplicationScoped
public class OrganisationDocuments implements DocumentSource {

    public static final String TYPE = "organisation";

    @Inject
    Organisations organisations;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String index() {
        return Indices.ORGANISATIONS;
    }

    @Override
    public List<String> allIds() {
        return DocumentSource.ids(organisations.ids());
    }

    @Override
    public Optional<Object> document(String id) {
        long organisationId;
        try {
            organisationId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return organisations
                .page(organisationId, Reader.ANONYMOUS)
                .map(p -> new OrganisationDocument(
                        id,
                        p.card().name(),
                        p.card().kind().name(),
                        p.card().city(),
                        p.card().description(),
                        p.card().letterOfIntent()));
    }
}
