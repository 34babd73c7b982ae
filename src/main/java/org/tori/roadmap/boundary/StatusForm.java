package org.tori.roadmap.boundary;

import java.io.Serializable;
import org.tori.roadmap.entity.Outcome;

/** One status of the list as staff edit it; {@code id} is null for a new one. */
public class StatusForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String code;
    private String name;
    private Integer defaultProgress;
    private Outcome outcome = Outcome.OPEN;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDefaultProgress() {
        return defaultProgress;
    }

    public void setDefaultProgress(Integer defaultProgress) {
        this.defaultProgress = defaultProgress;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }
}
