package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String index() {
        return Indices.ORGANISATIONS;
    }

    @Override
    @Transactional
    public List<String> allIds() {
        @SuppressWarnings("unchecked")
        List<Number> ids =
                em.createNativeQuery("SELECT id FROM organisation ORDER BY id").getResultList();
        return ids.stream().map(n -> String.valueOf(n.longValue())).toList();
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
