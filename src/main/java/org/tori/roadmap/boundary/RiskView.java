package org.tori.roadmap.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.faces.Page;
import org.tori.roadmap.entity.RiskLevel;

/** The risks panel of the staff editor: add a risk to the item being edited, close one. */
@Named
@RequestScoped
public class RiskView {

    @Inject
    RoadmapStaff staff;

    @Inject
    Roadmap roadmap;

    @Inject
    RoadmapEditView edit;

    @Inject
    CurrentReader reader;

    private final RiskForm form = new RiskForm();

    public void add() throws IOException {
        staff.addRisk(edit.getId(), form, reader.get());
        Page.done("roadmap.risk.added", "/roadmap/staff/edit?id=" + edit.getId() + "#risks");
    }

    public void close(long riskId) throws IOException {
        staff.closeRisk(riskId, reader.get());
        Page.done("roadmap.risk.closed", "/roadmap/staff/edit?id=" + edit.getId() + "#risks");
    }

    public RiskForm getForm() {
        return form;
    }

    public List<RiskLevel> getLevels() {
        return List.of(RiskLevel.values());
    }

    public List<ItemPage.RiskRow> getRisks() {
        return edit.getId() > 0
                ? roadmap.item(edit.getId(), reader.get()).map(ItemPage::risks).orElse(List.of())
                : List.of();
    }
}
