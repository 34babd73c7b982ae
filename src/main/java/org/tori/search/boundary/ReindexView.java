package org.tori.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;

/** The staff button that rebuilds every index from the database (a plain form posting do=reindex). */
@Named
@RequestScoped
public class ReindexView {

    private static final Logger LOG = Logger.getLogger(ReindexView.class.getName());

    @Inject
    Reindex reindex;

    @Inject
    CurrentReader reader;

    public void load() {
        var faces = FacesContext.getCurrentInstance();
        if (!Page.posted()
                || !"reindex".equals(Page.param("do"))
                || !reader.get().staff()) {
            return;
        }
        var locale = faces.getViewRoot().getLocale();
        String text;
        try {
            var reports = reindex.all();
            text = Texts.get(
                    locale,
                    "review.reindex.done",
                    reports.stream()
                            .map(r -> r.index() + " " + r.documents() + " (" + r.millis() + " ms)")
                            .collect(Collectors.joining(", ")));
        } catch (DomainException refused) {
            text = Texts.get(locale, refused.key());
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Rebuild failed: " + e);
            text = Texts.get(locale, "review.reindex.failed");
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
