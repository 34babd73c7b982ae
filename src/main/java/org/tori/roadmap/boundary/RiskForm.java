package org.tori.roadmap.boundary;

import java.io.Serializable;
import org.tori.roadmap.entity.RiskLevel;

/** The staff form of a new risk, as typed. */
public class RiskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private RiskLevel likelihood;
    private RiskLevel impact;
    private String mitigation;
    private String owner;
    private boolean shown;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public RiskLevel getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(RiskLevel likelihood) {
        this.likelihood = likelihood;
    }

    public RiskLevel getImpact() {
        return impact;
    }

    public void setImpact(RiskLevel impact) {
        this.impact = impact;
    }

    public String getMitigation() {
        return mitigation;
    }

    public void setMitigation(String mitigation) {
        this.mitigation = mitigation;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public boolean isShown() {
        return shown;
    }

    public void setShown(boolean shown) {
        this.shown = shown;
    }
}
