package org.tori.spaces.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.SpaceDetails;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The create / edit form of a space, from the staff page or the staff API. */
public class SpaceForm {

    @NotNull(message = "{tori.required}")
    private SpaceKind kind = SpaceKind.HACKATHON;

    @NotBlank(message = "{tori.required}")
    @Size(max = 200, message = "{tori.size.max}")
    private String title;

    @NotBlank(message = "{tori.required}")
    @Size(max = 500, message = "{tori.size.max}")
    private String summary;

    @Size(max = 20000, message = "{tori.size.max}")
    private String description;

    private Set<Theme> themes = EnumSet.noneOf(Theme.class);
    private CityDomain domain;
    private Set<ValueStream> valueStreams = EnumSet.noneOf(ValueStream.class);

    @Size(max = 200, message = "{tori.size.max}")
    private String organiser;

    @Size(max = 120, message = "{tori.size.max}")
    private String city;

    @Size(max = 200, message = "{tori.size.max}")
    private String place;

    private OffsetDateTime opensAt;
    private OffsetDateTime submissionDeadline;
    private OffsetDateTime resultsAt;
    /** Whether verified members may vote publicly for an entry while the jury judges. */
    private boolean publicVote;

    @Size(max = 2000, message = "{tori.size.max}")
    private String eligibility;

    public boolean isPublicVote() {
        return publicVote;
    }

    public void setPublicVote(boolean publicVote) {
        this.publicVote = publicVote;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    SpaceDetails details() {
        return new SpaceDetails(
                title,
                summary,
                description,
                themes,
                domain,
                valueStreams,
                organiser,
                city,
                place,
                opensAt,
                submissionDeadline,
                resultsAt);
    }

    public SpaceKind getKind() {
        return kind;
    }

    public void setKind(SpaceKind kind) {
        this.kind = kind;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    public void setThemes(Set<Theme> themes) {
        this.themes = themes == null ? EnumSet.noneOf(Theme.class) : themes;
    }

    public CityDomain getDomain() {
        return domain;
    }

    public void setDomain(CityDomain domain) {
        this.domain = domain;
    }

    public Set<ValueStream> getValueStreams() {
        return valueStreams;
    }

    public void setValueStreams(Set<ValueStream> valueStreams) {
        this.valueStreams = valueStreams == null ? EnumSet.noneOf(ValueStream.class) : valueStreams;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public OffsetDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(OffsetDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public OffsetDateTime getSubmissionDeadline() {
        return submissionDeadline;
    }

    public void setSubmissionDeadline(OffsetDateTime submissionDeadline) {
        this.submissionDeadline = submissionDeadline;
    }

    public OffsetDateTime getResultsAt() {
        return resultsAt;
    }

    public void setResultsAt(OffsetDateTime resultsAt) {
        this.resultsAt = resultsAt;
    }
}
