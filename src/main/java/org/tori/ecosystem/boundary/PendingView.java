package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The staff's queue of requested organisations. */
@Named
@RequestScoped
public class PendingView {

    @Inject
    Organisations organisations;

    private List<OrganisationCard> pending;

    public List<OrganisationCard> getPending() {
        if (pending == null) {
            pending = organisations.pending();
        }
        return pending;
    }
}
