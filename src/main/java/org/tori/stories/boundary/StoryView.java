package org.tori.stories.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.judging.entity.ImpactValue;
import org.tori.platform.faces.Page;

/** One published story (staff also see drafts): its impact, its return, share links and Open Graph data. */
@Named
@RequestScoped
public class StoryView {

    @Inject
    Stories stories;

    @Inject
    CurrentMember member;

    @Inject
    FacesContext faces;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    String baseUrl;

    private StoryDetail story;
    private Stories.Origin origin;

    @PostConstruct
    void read() {
        long id = Page.optionalId("id").orElse(0L);
        var viewer = member.actor().orElse(null);
        story = id <= 0 ? null : stories.detail(id, viewer).orElse(null);
        origin = story == null ? null : stories.origin(id, viewer).orElse(null);
    }

    public void load() throws IOException {
        if (story == null) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public StoryDetail getStory() {
        return story;
    }

    /** The space's winners' follow-ups and the public lessons the story came from. */
    public Stories.Origin getOrigin() {
        return origin;
    }

    /** The indicators of one of the four values, in the order written. */
    public List<StoryDetail.IndicatorView> indicatorsOf(ImpactValue impact) {
        return story.indicators().stream()
                .filter(i -> i.impact().equals(impact.name()))
                .toList();
    }

    public List<ImpactValue> getImpacts() {
        return List.of(ImpactValue.values());
    }

    public String getUrl() {
        return Optional.ofNullable(baseUrl).map(b -> b.replaceAll("/+$", "")).orElse("") + "/stories/story?id="
                + story.summary().id();
    }

    public String getEncodedUrl() {
        return URLEncoder.encode(getUrl(), StandardCharsets.UTF_8);
    }

    public String getEncodedTitle() {
        return URLEncoder.encode(story.summary().title(), StandardCharsets.UTF_8);
    }
}
