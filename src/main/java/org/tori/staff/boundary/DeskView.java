package org.tori.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The staff desk page: the queues with their counts, and the spaces due a phase move or late with their jury. */
@Named
@RequestScoped
public class DeskView {

    @Inject
    Desk desk;

    private List<Desk.Queue> queues;
    private List<Desk.SpaceLink> phaseDue;
    private List<Desk.SpaceLink> juryLate;

    public List<Desk.Queue> getQueues() {
        if (queues == null) {
            queues = desk.queues();
        }
        return queues;
    }

    public List<Desk.SpaceLink> getPhaseDue() {
        if (phaseDue == null) {
            phaseDue = desk.phaseDue();
        }
        return phaseDue;
    }

    public List<Desk.SpaceLink> getJuryLate() {
        if (juryLate == null) {
            juryLate = desk.juryLate();
        }
        return juryLate;
    }
}
