package org.tori.roadmap.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** The staff form of a new milestone, as typed. */
public class MilestoneForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String body;
    private LocalDate dueOn;
    private boolean reached;
    private Integer progress;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public boolean isReached() {
        return reached;
    }

    public void setReached(boolean reached) {
        this.reached = reached;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }
}
