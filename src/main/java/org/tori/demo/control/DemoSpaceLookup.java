package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.spaces.boundary.SpaceFilter;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.SpaceKind;

/** What the demo parts ask before they create a space: who the demo staff are, and whether the space is there already. */
@ApplicationScoped
public class DemoSpaceLookup {

    @Inject
    Spaces spaces;

    @Inject
    Accounts accounts;

    /** The demo staff account as an actor, or empty when the demo accounts were not created. */
    public Optional<Actor> staff() {
        return accounts.idOf("staff@demo.tori.fi").map(id -> Actor.staff(id));
    }

    /** Whether a space of this kind and title exists (staff see every phase). */
    public boolean exists(SpaceKind kind, String title, Actor staff) {
        var filter = new SpaceFilter(kind, null, null, null, null, null);
        return spaces.list(filter, 0, 100, staff).items().stream()
                .anyMatch(s -> s.title().equals(title));
    }
}
