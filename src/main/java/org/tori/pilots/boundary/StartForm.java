package org.tori.pilots.boundary;

import java.io.Serializable;

/**
 * Staff start a pilot directly: from a living lab (its space number) or from a partner's proposal
 * (its title), with the partner, budget and start, and the company and the city's owner by e-mail.
 */
public class StartForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String originKind = "LIVING_LAB";
    private String lab;
    private String title;
    private String partner;
    private String budget;
    private String startsOn;
    private String plan;
    private String companyEmail;
    private String ownerEmail;

    public String getOriginKind() {
        return originKind;
    }

    public void setOriginKind(String originKind) {
        this.originKind = originKind;
    }

    public String getLab() {
        return lab;
    }

    public void setLab(String lab) {
        this.lab = lab;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getCompanyEmail() {
        return companyEmail;
    }

    public void setCompanyEmail(String companyEmail) {
        this.companyEmail = companyEmail;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }
}
