package org.tori.roadmap.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tori.knowledge.entity.Visibility;
import org.tori.spaces.entity.CityDomain;

/** The staff form of an item, as typed; origins are written "space 12, lesson 3". */
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private String owner;
    private List<String> valueStreams = new ArrayList<>();
    private List<String> themes = new ArrayList<>();
    private CityDomain domain;
    private String city;
    private LocalDate startsOn;
    private LocalDate plannedEnd;
    private BigDecimal budgetEur;
    private String expectedImpact;
    private Integer ownProgress;
    private BigDecimal weight;
    private Visibility visibility = Visibility.PUBLIC;
    private String status = "PLANNED";
    private Long parentId;
    private String origins;
    private String externalId;
    /** Expected impact by value (ENVIRONMENTAL, ECONOMIC, SOCIAL, RESEARCH). */
    private HashMap<String, String> impacts = new HashMap<>();

    /** The origins as the editor's picker holds them: "space 12", one a choice. */
    public List<String> getOriginPicks() {
        var picks = new ArrayList<String>();
        if (origins != null) {
            for (var part : origins.split("[,;\\n]+")) {
                var words = part.strip().toLowerCase(Locale.ROOT).split("[\\s:#]+");
                if (words.length == 2) {
                    picks.add(words[0] + " " + words[1]);
                }
            }
        }
        return picks;
    }

    public void setOriginPicks(List<String> picks) {
        origins = picks == null ? null : String.join(", ", picks);
    }

    public Map<String, String> getImpacts() {
        return impacts;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public List<String> getValueStreams() {
        return valueStreams;
    }

    public void setValueStreams(List<String> valueStreams) {
        this.valueStreams = valueStreams == null ? new ArrayList<>() : new ArrayList<>(valueStreams);
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
    }

    public CityDomain getDomain() {
        return domain;
    }

    public void setDomain(CityDomain domain) {
        this.domain = domain;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public BigDecimal getBudgetEur() {
        return budgetEur;
    }

    public void setBudgetEur(BigDecimal budgetEur) {
        this.budgetEur = budgetEur;
    }

    public String getExpectedImpact() {
        return expectedImpact;
    }

    public void setExpectedImpact(String expectedImpact) {
        this.expectedImpact = expectedImpact;
    }

    public Integer getOwnProgress() {
        return ownProgress;
    }

    public void setOwnProgress(Integer ownProgress) {
        this.ownProgress = ownProgress;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getOrigins() {
        return origins;
    }

    public void setOrigins(String origins) {
        this.origins = origins;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }
}
