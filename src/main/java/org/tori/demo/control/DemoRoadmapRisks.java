package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tori.knowledge.boundary.Lessons;
import org.tori.roadmap.boundary.ItemRow;
import org.tori.roadmap.boundary.RiskForm;
import org.tori.roadmap.boundary.Roadmap;
import org.tori.roadmap.boundary.RoadmapStaff;
import org.tori.roadmap.entity.RiskLevel;

/** The demo bins project's expected impact in the four values and its risks, one public and one for staff. */
@ApplicationScoped
public class DemoRoadmapRisks {

    private static final String BINS = "Smart waste bins in Hervanta";

    @Inject
    Roadmap roadmap;

    @Inject
    RoadmapStaff staff;

    /** Idempotent: does nothing when the demo's bins project is missing or has risks already. */
    public void seed() {
        var by = Lessons.SYSTEM;
        var bins = roadmap.tree(by).stream()
                .filter(r -> r.title().equals(BINS))
                .map(ItemRow::id)
                .findFirst();
        if (bins.isEmpty()
                || roadmap.item(bins.get(), by).map(p -> !p.risks().isEmpty()).orElse(true)) {
            return;
        }
        long id = bins.get();
        var form = staff.form(id, by);
        form.getImpacts().put("ENVIRONMENTAL", "A third fewer truck kilometres in Hervanta.");
        form.getImpacts().put("ECONOMIC", "Collection costs down by an estimated 60,000 euros a year.");
        form.getImpacts().put("SOCIAL", "No overflowing bins in the yards.");
        staff.edit(id, form, by);
        staff.addRisk(
                id,
                risk(
                        "Sensors fail in hard frost",
                        RiskLevel.MEDIUM,
                        RiskLevel.MEDIUM,
                        "Winter test in 20 bins before the rest are fitted.",
                        true),
                by);
        staff.addRisk(
                id,
                risk(
                        "The collection contract ends before the pilot",
                        RiskLevel.LOW,
                        RiskLevel.HIGH,
                        "Procurement adds sensor data to the next tender.",
                        false),
                by);
    }

    private static RiskForm risk(
            String title, RiskLevel likelihood, RiskLevel impact, String mitigation, boolean shown) {
        var f = new RiskForm();
        f.setTitle(title);
        f.setLikelihood(likelihood);
        f.setImpact(impact);
        f.setMitigation(mitigation);
        f.setOwner("Smart Tampere");
        f.setShown(shown);
        return f;
    }
}
