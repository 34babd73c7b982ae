package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Logger;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.knowledge.boundary.Lessons;
import org.tori.pilots.boundary.DecisionForm;
import org.tori.pilots.boundary.Pilots;
import org.tori.pilots.boundary.Readiness;
import org.tori.pilots.boundary.StartForm;
import org.tori.platform.time.ProgramTime;

/**
 * Two pilots with their readiness records: the parcel-terminal pilot, every item answered, that
 * scaled up; and an e-cargo bike sensor pilot stopped because no data agreement was reached, with
 * the lesson it points to.
 */
@ApplicationScoped
public class DemoPilots {

    private static final Logger LOG = Logger.getLogger(DemoPilots.class.getName());
    static final String PARCELS = "Parcel terminals in district libraries";
    static final String BIKES = "Sensors on shared e-cargo bikes";

    @Inject
    Pilots pilots;

    @Inject
    Readiness readiness;

    @Inject
    Accounts accounts;

    @Inject
    Lessons lessons;

    @Inject
    Clock clock;

    /** Idempotent: does nothing once the parcel-terminal pilot exists. */
    public void seed() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        if (staffId.isEmpty() || pilots.all().stream().anyMatch(p -> p.title().equals(PARCELS))) {
            return;
        }
        var staff = Actor.staff(staffId.get());
        long parcels = start(PARCELS, "PostNord and the city library services", "45000", staff);
        for (int section = 1; section <= 7; section++) {
            int s = section;
            var rows = readiness.section(parcels, s, staff, Locale.ENGLISH);
            rows.forEach(r -> {
                r.setAnswer("YES");
                r.setEvidence(
                        s == 3 ? "Data agreement signed with the library services" : "Checked at the pilot review");
                r.setOwner(s <= 3 ? "City IT services" : "Library services");
            });
            readiness.save(parcels, s, rows, staff);
        }
        decide(parcels, "RUNNING", null, null, staff);
        decide(
                parcels,
                "SCALED_UP",
                "Six terminals in Hervanta and Tesoma took 18,000 parcels in a year; delivery vans drove 22 % less."
                        + " Rolled out to all twelve district libraries.",
                null,
                staff);

        long bikes = start(BIKES, "Cargo-bike sharing operator", "12000", staff);
        var data = readiness.section(bikes, 3, staff, Locale.ENGLISH);
        data.forEach(r -> {
            r.setAnswer("NO");
            r.setEvidence("The operator would not share the trip data under an open licence.");
        });
        readiness.save(bikes, 3, data, staff);
        decide(bikes, "RUNNING", null, null, staff);
        var lesson = lessons.titled("share the data", Lessons.SYSTEM, 1).stream()
                .findFirst()
                .map(l -> Long.toString(l.id()))
                .orElse(null);
        decide(
                bikes,
                "STOPPED",
                "Stopped: no data agreement. Agree who owns the data and its licence before the pilot starts.",
                lesson,
                staff);
        LOG.info("Demo pilots created");
    }

    private long start(String title, String partner, String budget, Actor staff) {
        var form = new StartForm();
        form.setOriginKind("PROPOSAL");
        form.setTitle(title);
        form.setPartner(partner);
        form.setBudget(budget);
        form.setStartsOn(ProgramTime.today(clock).minusMonths(8).toString());
        form.setCompanyEmail("startup@demo.tori.fi");
        form.setOwnerEmail("city@demo.tori.fi");
        return pilots.start(form, staff);
    }

    private void decide(long pilot, String stage, String reason, String lesson, Actor staff) {
        var form = new DecisionForm();
        form.setStage(stage);
        form.setReason(reason);
        form.setLesson(lesson);
        pilots.decide(pilot, form, staff);
    }
}
