package org.tori.pilots.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;

/** My Tori's pilots: those whose record the member fills as the company or the city's owner. */
@Named
@RequestScoped
public class MyPilotsView {

    @Inject
    Pilots pilots;

    @Inject
    CurrentMember member;

    private List<PilotRow> rows;

    public List<PilotRow> getRows() {
        if (rows == null) {
            rows = member.id().map(pilots::mine).orElse(List.of());
        }
        return rows;
    }
}
