package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tori.platform.text.NameList;

/**
 * Organisations named by other pages (news, events): the approved names to choose from, and a line of
 * names as links to the directory's pages, with names the directory does not hold left as plain text.
 */
@Named
@RequestScoped
public class OrganisationNames {

    /** A named organisation; {@code id} is null when the directory does not hold it. */
    public record NamedOrganisation(String name, Long id) implements Serializable {}

    @Inject
    Organisations organisations;

    private Map<String, OrganisationCard> approved;

    /** The names of the approved organisations, as the directory sorts them. */
    public List<String> getAll() {
        return approved().values().stream().map(OrganisationCard::name).toList();
    }

    public List<NamedOrganisation> links(String names) {
        return NameList.split(names).stream()
                .map(n -> {
                    var card = approved().get(n.toLowerCase(Locale.ROOT));
                    return card == null
                            ? new NamedOrganisation(n, null)
                            : new NamedOrganisation(card.name(), card.id());
                })
                .toList();
    }

    private Map<String, OrganisationCard> approved() {
        if (approved == null) {
            approved = organisations.directory(DirectoryFilter.NONE).stream()
                    .collect(Collectors.toMap(
                            c -> c.name().strip().toLowerCase(Locale.ROOT),
                            Function.identity(),
                            (a, b) -> a,
                            LinkedHashMap::new));
        }
        return approved;
    }
}
