package org.tori.ecosystem.entity;

import java.util.Map;
import java.util.Set;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * What an organisation says of itself; {@link Organisation} checks it. The description is in
 * {@code language}; {@code translations} hold it in the other languages of the programme (fi, en, sv).
 */
public record OrganisationDetails(
        OrganisationKind kind,
        String name,
        String description,
        String language,
        String city,
        String website,
        String contactRole,
        Set<Theme> themes,
        Set<ValueStream> valueStreams,
        Map<String, String> translations) {

    /** Without translations. */
    public OrganisationDetails(
            OrganisationKind kind,
            String name,
            String description,
            String language,
            String city,
            String website,
            String contactRole,
            Set<Theme> themes,
            Set<ValueStream> valueStreams) {
        this(kind, name, description, language, city, website, contactRole, themes, valueStreams, Map.of());
    }
}
