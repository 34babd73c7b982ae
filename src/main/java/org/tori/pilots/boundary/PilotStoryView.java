package org.tori.pilots.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;

/** Staff or the city's owner choose the pilot's success story by its title (the list offers them). */
@Named
@ViewScoped
public class PilotStoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotLinks links;

    @Inject
    Pilots pilots;

    @Inject
    CurrentMember member;

    private long pilotId;
    private String pilotTitle;
    private String title;
    private transient List<PilotStories.StoryTitle> stories;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        pilotId = Page.id("id");
        var page = pilots.page(
                        pilotId, member.actor(), Page.faces().getViewRoot().getLocale())
                .orElse(null);
        if (page == null) {
            Page.notFound();
            return;
        }
        if (!page.mayChooseStory()) {
            Page.status(403);
            return;
        }
        pilotTitle = page.row().title();
        title = links.storyTitle(pilotId);
    }

    public void choose() throws IOException {
        links.chooseStory(pilotId, title, member.signedIn());
        Page.done("pilot.story.saved", "/pilots/pilot?id=" + pilotId);
    }

    public List<PilotStories.StoryTitle> getStories() {
        if (stories == null) {
            stories = links.stories();
        }
        return stories;
    }

    public long getPilotId() {
        return pilotId;
    }

    public String getPilotTitle() {
        return pilotTitle;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
