package org.tori.ecosystem.entity;

import java.util.Set;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** What an organisation says of itself; {@link Organisation} checks it. */
public record OrganisationDetails(
        OrganisationKind kind,
        String name,
        String description,
        String language,
        String city,
        String website,
        String contactRole,
        Set<Theme> themes,
        Set<ValueStream> valueStreams) {}
