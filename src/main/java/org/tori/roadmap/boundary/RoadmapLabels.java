package org.tori.roadmap.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.tori.platform.i18n.Texts;

/** Status names in the reader's language: the statuses Tori ships are translated, those staff add show as named. */
@Named("roadmapLabels")
@ApplicationScoped
public class RoadmapLabels {

    public String status(String code, String name) {
        var key = "roadmap.status." + code;
        var text = Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
        return key.equals(text) ? name : text;
    }
}
