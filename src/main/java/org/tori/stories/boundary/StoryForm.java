package org.tori.stories.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;
import org.tori.stories.entity.Indicator;
import org.tori.stories.entity.Story;
import org.tori.stories.entity.StoryDetails;

/** The write / edit form of a story, from the staff page or the staff API. */
public class StoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{tori.required}")
    @Size(max = 200, message = "{tori.size.max}")
    private String title;

    @NotBlank(message = "{tori.required}")
    @Size(max = 600, message = "{tori.size.max}")
    private String lead;

    @Size(max = 20000, message = "{tori.size.max}")
    private String body;

    private Long spaceId;

    @Size(max = 500, message = "{tori.size.max}")
    private String partners;

    @Size(max = 120, message = "{tori.size.max}")
    private String city;

    private Set<Theme> themes = EnumSet.noneOf(Theme.class);
    private ValueStream valueStream;
    private BigDecimal investmentEur;

    @Size(max = 20, message = "{tori.size.max}")
    private List<IndicatorForm> indicators = new ArrayList<>();

    @Size(max = StoryDetails.MAX_LESSONS, message = "{tori.size.max}")
    private List<Long> lessonIds = new ArrayList<>();

    public StoryForm() {}

    StoryForm(Story story) {
        title = story.getTitle();
        lead = story.getLead();
        body = story.getBodySource();
        spaceId = story.getSpaceId();
        partners = story.getPartners();
        city = story.getCity();
        themes = story.getThemes().isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(story.getThemes());
        valueStream = story.getValueStream();
        investmentEur = story.getInvestmentEur();
        indicators = new ArrayList<>(
                story.getIndicators().stream().map(IndicatorForm::new).toList());
        lessonIds = new ArrayList<>(story.getLessonIds());
    }

    StoryDetails details() {
        return new StoryDetails(
                title == null ? "" : title,
                lead == null ? "" : lead,
                body,
                spaceId,
                blankToNull(partners),
                blankToNull(city),
                themes,
                valueStream,
                investmentEur,
                lessonIds);
    }

    /** The filled-in rows as indicators; a refused row names itself in the field, e.g. {@code indicators[1].unit}. */
    List<Indicator> indicatorList() {
        var result = new ArrayList<Indicator>();
        for (int n = 0; indicators != null && n < indicators.size(); n++) {
            var row = indicators.get(n);
            if (row == null || row.isBlank()) {
                continue;
            }
            try {
                result.add(row.indicator());
            } catch (DomainException e) {
                throw new DomainException(e.kind(), e.key(), "indicators[" + n + "]." + e.field());
            }
        }
        return result;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public void setSpaceId(Long spaceId) {
        this.spaceId = spaceId;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    public void setThemes(Set<Theme> themes) {
        this.themes = themes;
    }

    public ValueStream getValueStream() {
        return valueStream;
    }

    public void setValueStream(ValueStream valueStream) {
        this.valueStream = valueStream;
    }

    public BigDecimal getInvestmentEur() {
        return investmentEur;
    }

    public void setInvestmentEur(BigDecimal investmentEur) {
        this.investmentEur = investmentEur;
    }

    public List<IndicatorForm> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorForm> indicators) {
        this.indicators = indicators;
    }

    /** Numbers of the published lessons the story came from. */
    public List<Long> getLessonIds() {
        return lessonIds;
    }

    public void setLessonIds(List<Long> lessonIds) {
        this.lessonIds = lessonIds == null ? new ArrayList<>() : new ArrayList<>(lessonIds);
    }
}
