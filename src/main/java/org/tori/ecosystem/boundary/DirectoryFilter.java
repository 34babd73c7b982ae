package org.tori.ecosystem.boundary;

import org.tori.ecosystem.entity.OrganisationKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The directory's filters; null is "any". */
public record DirectoryFilter(
        OrganisationKind kind, Theme theme, ValueStream valueStream, String city, boolean letterOfIntent) {

    public static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null, false);

    boolean matches(OrganisationCard c) {
        return (kind == null || c.kind() == kind)
                && (theme == null || c.themes().contains(theme))
                && (valueStream == null || c.valueStreams().contains(valueStream))
                && (city == null || city.equalsIgnoreCase(c.city()))
                && (!letterOfIntent || c.letterOfIntent());
    }
}
