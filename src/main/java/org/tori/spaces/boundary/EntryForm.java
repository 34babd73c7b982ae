package org.tori.spaces.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;

/** What an entrant fills in: the problem, the solution, the business model and a demo. */
public class EntryForm {

    @NotBlank(message = "{tori.required}")
    @Size(max = 200, message = "{tori.size.max}")
    private String title;

    @Size(max = 5000, message = "{tori.size.max}")
    private String problem;

    @Size(max = 10000, message = "{tori.size.max}")
    private String solution;

    @Size(max = 5000, message = "{tori.size.max}")
    private String businessModel;

    @Size(max = 500, message = "{tori.size.max}")
    @Pattern(regexp = "^(https?://\\S+)?$", message = "{tori.url}")
    private String demoLink;
    /** The challenge of the space the entry answers, if the space posts challenges. */
    private Long challengeId;

    public Long getChallengeId() {
        return challengeId;
    }

    public void setChallengeId(Long challengeId) {
        this.challengeId = challengeId;
    }

    /** Answers to the space's judging criteria, by criterion id (as text, the way JSON names keys). */
    private Map<String, String> answers = new HashMap<>();

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers == null ? new HashMap<>() : new HashMap<>(answers);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getBusinessModel() {
        return businessModel;
    }

    public void setBusinessModel(String businessModel) {
        this.businessModel = businessModel;
    }

    public String getDemoLink() {
        return demoLink;
    }

    public void setDemoLink(String demoLink) {
        this.demoLink = demoLink;
    }
}
