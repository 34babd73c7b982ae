package org.tori.pilots.boundary;

import java.io.Serializable;

/**
 * Staff's decision as typed: the next stage, the reason (or what was learned), the gaps confirmed, a
 * lesson's number, and whether the pilot goes on the roadmap.
 */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String stage;
    private String reason;
    private boolean confirmGaps;
    private String lesson;
    private boolean addToRoadmap;

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirmGaps() {
        return confirmGaps;
    }

    public void setConfirmGaps(boolean confirmGaps) {
        this.confirmGaps = confirmGaps;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public boolean isAddToRoadmap() {
        return addToRoadmap;
    }

    public void setAddToRoadmap(boolean addToRoadmap) {
        this.addToRoadmap = addToRoadmap;
    }
}
