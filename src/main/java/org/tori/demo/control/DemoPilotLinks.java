package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.pilots.boundary.DecisionForm;
import org.tori.pilots.boundary.PilotLinks;
import org.tori.pilots.boundary.Pilots;
import org.tori.pilots.boundary.StartForm;
import org.tori.platform.time.ProgramTime;

/**
 * The radar-lit crossing pilot linked to its success story, and a running street-lighting pilot that
 * staff continued and put on the roadmap: its item records the decision, and staff can still decide
 * on it (scale up or stop) from its page.
 */
@ApplicationScoped
public class DemoPilotLinks {

    private static final Logger LOG = Logger.getLogger(DemoPilotLinks.class.getName());
    static final String LIGHTS = "Adaptive lights on winter cycle paths";
    static final String RADAR = "Radar-lit crossing";
    static final String RADAR_STORY = "Radar-lit crossings make school routes safer";

    @Inject
    Pilots pilots;

    @Inject
    PilotLinks links;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Idempotent: does nothing once the street-lighting pilot exists. */
    public void seed() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        if (staffId.isEmpty() || pilots.all().stream().anyMatch(p -> p.title().equals(LIGHTS))) {
            return;
        }
        var staff = Actor.staff(staffId.get());
        pilots.all().stream()
                .filter(p -> p.title().equals(RADAR))
                .findFirst()
                .filter(p -> links.stories().stream().anyMatch(s -> s.title().equals(RADAR_STORY)))
                .ifPresent(p -> links.chooseStory(p.id(), RADAR_STORY, staff));

        var start = new StartForm();
        start.setOriginKind("PROPOSAL");
        start.setTitle(LIGHTS);
        start.setPartner("Lighting start-up and the city's street maintenance");
        start.setBudget("30000");
        start.setStartsOn(ProgramTime.today(clock).minusMonths(4).toString());
        start.setPlan("Every cycle path lit by need, not by the clock, from the next winter.");
        start.setCompanyEmail("startup@demo.tori.fi");
        start.setOwnerEmail("city@demo.tori.fi");
        long lights = pilots.start(start, staff);
        var decision = new DecisionForm();
        decision.setStage("RUNNING");
        decision.setReason("Installed on two paths in Hervanta; measuring through the winter.");
        decision.setAddToRoadmap(true);
        pilots.decide(lights, decision, staff);
        LOG.info("Demo pilot links created");
    }
}
