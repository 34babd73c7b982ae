package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.spaces.boundary.PublicParticipation;
import org.tori.spaces.boundary.PublicParticipation.SpaceLink;

/**
 * What a member's public page shows of their public participation: spaces whose teams they sat in and
 * organisations they chose to be listed in. The page itself exists only for members who opted in.
 */
@Named
@RequestScoped
public class ProfileTrailView {

    @Inject
    PublicParticipation participation;

    @Inject
    Organisations organisations;

    public List<SpaceLink> spaces(long accountId) {
        return participation.joinedBy(List.of(accountId));
    }

    public List<OrganisationCard> organisations(long accountId) {
        return organisations.listing(accountId);
    }
}
