package org.tori.ecosystem.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tori.ecosystem.entity.PartnerLevel;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.faces.Page;

/** Staff's page of one organisation: approve or refuse a request, record a letter of intent. */
@Named
@ViewScoped
public class OrganisationDecisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    CurrentReader reader;

    private long id;
    private OrganisationPage page;
    private String reason;
    private LocalDate signedOn;
    private PartnerLevel level;
    private String areas;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        id = Page.id("id");
        page = organisations.page(id, reader.get()).orElse(null);
        if (page == null) {
            Page.notFound();
            return;
        }
        var card = page.card();
        signedOn = card.signedOn();
        level = card.level();
        areas = card.collaboration();
    }

    public void approve() throws IOException {
        organisations.approve(id, reader.get());
        Page.done("organisation.approved", "/partners/staff/organisation?id=" + id);
    }

    public void refuse() throws IOException {
        organisations.refuse(id, reason, reader.get());
        Page.done("organisation.refused", "/partners/staff/");
    }

    public void recordLetter() throws IOException {
        organisations.recordLetterOfIntent(id, signedOn, level, areas, reader.get());
        Page.done("organisation.loi.recorded", "/partners/organisation?id=" + id);
    }

    public List<PartnerLevel> getLevels() {
        return List.of(PartnerLevel.values());
    }

    public long getId() {
        return id;
    }

    public OrganisationPage getPage() {
        return page;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public PartnerLevel getLevel() {
        return level;
    }

    public void setLevel(PartnerLevel level) {
        this.level = level;
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas;
    }
}
