package org.tori.roadmap.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.time.ProgramTime;
import org.tori.roadmap.entity.Decision;

/**
 * The staff page of one item ({@code ?id=}, none for a new one): its facts, its milestones (write,
 * publish) and the decisions of portfolio reviews. A refused form stays as typed with the reason at its field.
 */
@Named
@ViewScoped
public class RoadmapEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoadmapStaff staff;

    @Inject
    Roadmap roadmap;

    @Inject
    CurrentReader reader;

    @Inject
    Clock clock;

    private long id;
    private ItemForm form = new ItemForm();
    private MilestoneForm milestone = new MilestoneForm();
    private LocalDate reviewDate;
    private String reviewTitle;
    private Decision decision;
    private String reason;
    private List<MilestoneRow> milestones = List.of();
    private List<ItemRow> others = List.of();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        id = Page.optionalId("id").orElse(0L);
        if (id > 0) {
            try {
                form = staff.form(id, reader.get());
            } catch (DomainException notFound) {
                Page.notFound();
                return;
            }
        }
        reviewDate = ProgramTime.today(clock);
        refresh();
    }

    private void refresh() {
        others = roadmap.tree(reader.get()).stream().filter(r -> r.id() != id).toList();
        milestones = id > 0
                ? roadmap.item(id, reader.get()).map(ItemPage::milestones).orElse(List.of())
                : List.of();
    }

    public void save() throws IOException {
        if (id > 0) {
            staff.edit(id, form, reader.get());
            Page.done("roadmap.saved", "/roadmap/staff/edit?id=" + id);
        } else {
            id = staff.create(form, reader.get());
            Page.done("roadmap.created", "/roadmap/staff/edit?id=" + id);
        }
    }

    public void addMilestone() throws IOException {
        staff.addMilestone(id, milestone, reader.get());
        Page.done("roadmap.milestone.added", "/roadmap/staff/edit?id=" + id + "#milestones");
    }

    public void publish(long milestoneId) throws IOException {
        staff.publishMilestone(milestoneId, reader.get());
        Page.done("roadmap.milestone.publishedNow", "/roadmap/staff/edit?id=" + id + "#milestones");
    }

    public void decide() throws IOException {
        staff.decide(reviewDate, reviewTitle, id, decision, reason, reader.get());
        Page.done(
                decision == Decision.STOP ? "roadmap.decided.stop" : "roadmap.decided",
                "/roadmap/item?id=" + id + "#decisions");
    }

    public List<Decision> getDecisions() {
        return List.of(Decision.values());
    }

    public long getId() {
        return id;
    }

    public ItemForm getForm() {
        return form;
    }

    public MilestoneForm getMilestone() {
        return milestone;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public List<ItemRow> getOthers() {
        return others;
    }

    public List<StatusRow> getStatuses() {
        return roadmap.statuses();
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getReviewTitle() {
        return reviewTitle;
    }

    public void setReviewTitle(String reviewTitle) {
        this.reviewTitle = reviewTitle;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
