package org.tori.maturity.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.tori.maturity.entity.ActionStatus;

/** One dimension of the self-assessment form as typed, with at most one new action to close the gap. */
public class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String dimension;
    private final String name;
    private Integer current;
    private Integer target;
    private Integer targetYear;
    private String evidence;
    private String links;
    private String actionTitle;
    private String actionOwner;
    private LocalDate actionDue;
    private ActionStatus actionStatus = ActionStatus.PLANNED;

    public AnswerForm(String dimension, String name) {
        this.dimension = dimension;
        this.name = name;
    }

    public String getDimension() {
        return dimension;
    }

    public String getName() {
        return name;
    }

    public Integer getCurrent() {
        return current;
    }

    public void setCurrent(Integer current) {
        this.current = current;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public void setTargetYear(Integer targetYear) {
        this.targetYear = targetYear;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getActionTitle() {
        return actionTitle;
    }

    public void setActionTitle(String actionTitle) {
        this.actionTitle = actionTitle;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public ActionStatus getActionStatus() {
        return actionStatus;
    }

    public void setActionStatus(ActionStatus actionStatus) {
        this.actionStatus = actionStatus;
    }
}
