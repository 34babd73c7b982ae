package org.tori.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tori.accounts.boundary.Accounts;
import org.tori.search.entity.ProfileDocument;

/** Profiles of members who opted in to be found. */
@ApplicationScoped
public class ProfileDocuments implements DocumentSource {

    public static final String TYPE = "profile";

    @Inject
    Accounts accounts;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String index() {
        return Indices.PROFILES;
    }

    /**
     * Those who chose to be found are the candidates (a rebuild need not read every member);
     * document() also checks that the address is verified.
     */
    @Override
    public List<String> allIds() {
        return DocumentSource.ids(accounts.searchableIds());
    }

    @Override
    public Optional<Object> document(String id) {
        long accountId;
        try {
            accountId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return accounts.publicProfile(accountId)
                .map(p -> new ProfileDocument(
                        String.valueOf(p.id()),
                        p.name(),
                        p.role().name(),
                        p.organisation(),
                        p.city(),
                        p.bio(),
                        p.skills(),
                        p.interests()));
    }
}
