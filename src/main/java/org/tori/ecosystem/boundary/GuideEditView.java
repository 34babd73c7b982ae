package org.tori.ecosystem.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.tori.ecosystem.entity.Audience;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.faces.Page;

/** Staff write a "how to take part" page in one language ({@code ?for=citizen&language=sv}). */
@Named
@ViewScoped
public class GuideEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Guides guides;

    @Inject
    CurrentReader reader;

    private Audience audience;
    private String language;
    private String canDo;
    private String gains;
    private String howToStart;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        var found = Audience.ofSlug(Page.param("for"));
        var lang = Page.param("language") == null ? "en" : Page.param("language");
        if (found.isEmpty() || !Guides.LANGUAGES.contains(lang)) {
            Page.notFound();
            return;
        }
        audience = found.get();
        language = lang;
        var guide = guides.guide(audience, language);
        canDo = guide.canDo();
        gains = guide.gains();
        howToStart = guide.howToStart();
    }

    public void save() throws IOException {
        guides.write(audience, language, canDo, gains, howToStart, reader.get());
        Page.done("guide.saved", "/partners/take-part?for=" + audience.slug());
    }

    public Audience getAudience() {
        return audience;
    }

    public String getLanguage() {
        return language;
    }

    public String getCanDo() {
        return canDo;
    }

    public void setCanDo(String canDo) {
        this.canDo = canDo;
    }

    public String getGains() {
        return gains;
    }

    public void setGains(String gains) {
        this.gains = gains;
    }

    public String getHowToStart() {
        return howToStart;
    }

    public void setHowToStart(String howToStart) {
        this.howToStart = howToStart;
    }
}
