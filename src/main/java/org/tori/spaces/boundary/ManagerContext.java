package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.tori.accounts.boundary.CurrentMember;

/** The signed-in member as an actor on spaces, if anyone is signed in. */
@RequestScoped
public class ManagerContext {

    @Inject
    CurrentMember member;

    public Optional<Spaces.Actor> actor() {
        return member.id()
                .map(id -> new Spaces.Actor(id, member.isStaff(), member.isCityPartner(), member.isCompany()));
    }
}
