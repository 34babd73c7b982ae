package org.tori.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.tori.accounts.boundary.PersonalData;
import org.tori.platform.persistence.PersonalRows;

/** The calendar events a staff member wrote. */
@ApplicationScoped
@Transactional
public class EventsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public String section() {
        return "events";
    }

    @Override
    public Set<String> covers() {
        return Set.of("calendar_event.created_by");
    }

    @Override
    public Object of(long accountId) {
        return PersonalRows.of(
                em,
                "SELECT id, title, starts_at, created_at FROM calendar_event WHERE created_by = ?1 ORDER BY id",
                accountId,
                "id",
                "title",
                "startsAt",
                "createdAt");
    }
}
