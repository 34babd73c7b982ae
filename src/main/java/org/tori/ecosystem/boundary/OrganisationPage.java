package org.tori.ecosystem.boundary;

import java.io.Serializable;
import java.util.List;
import org.tori.ecosystem.entity.OrganisationStatus;
import org.tori.platform.TrailItem;
import org.tori.spaces.boundary.PublicParticipation.SpaceLink;

/** An organisation's page: its card, its listed members with a public profile, and its trail in Tori. */
public record OrganisationPage(
        OrganisationCard card,
        OrganisationStatus status,
        String refusal,
        List<MemberLink> members,
        List<SpaceLink> organised,
        List<SpaceLink> joined,
        boolean listed,
        Trail trail)
        implements Serializable {

    /** Entries in published results (detail: the place), the placed ones among them, pilots, lessons, stories, adoptions. */
    public record Trail(
            List<TrailItem> entries,
            List<TrailItem> wins,
            List<TrailItem> pilots,
            List<TrailItem> lessons,
            List<TrailItem> stories,
            List<TrailItem> adoptions)
            implements Serializable {

        public static final Trail EMPTY = new Trail(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A listed member whose public profile the page links to. */
    public record MemberLink(long id, String name) implements Serializable {}
}
