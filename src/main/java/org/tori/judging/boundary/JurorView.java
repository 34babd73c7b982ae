package org.tori.judging.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Texts;
import org.tori.spaces.boundary.ManagerContext;

/**
 * A juror's score sheet for one space: every entry to judge with a field per criterion. Each entry
 * is a small form posting back to the page (fields points-CRITERION, button entry=ID); the page's
 * view action saves it, so no view state is needed.
 */
@Named
@RequestScoped
public class JurorView {

    @Inject
    Judging judging;
    @Inject
    ManagerContext member;
    @Inject
    FacesContext faces;

    private long space;
    private List<Judging.Assignment> assignments;
    private List<Judging.Criterion> criteria;

    public void load() throws IOException {
        var juror = member.actor().orElseThrow().accountId();
        var request = (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
        var entry = request.getParameter("entry");
        if ("POST".equals(request.getMethod()) && entry != null) {
            try {
                save(Long.parseLong(entry));
                return;
            } catch (DomainException refused) {
                var text = Texts.get(faces.getViewRoot().getLocale(), refused.key());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            } catch (NumberFormatException notAnEntry) {
                // a tampered form: show the sheet again
            }
        }
        criteria = judging.criteria(space);
        assignments = judging.assignments(space, juror);
    }

    private void save(long entryId) throws IOException {
        var params = faces.getExternalContext().getRequestParameterMap();
        var points = new HashMap<Long, Integer>();
        for (var criterion : judging.criteria(space)) {
            var raw = params.get("points-" + criterion.id());
            try {
                points.put(criterion.id(), Integer.parseInt(raw == null ? "" : raw.strip()));
            } catch (NumberFormatException notANumber) {
                throw new DomainException(DomainException.Kind.INVALID, "score.points.range");
            }
        }
        judging.score(entryId, points, member.actor().orElseThrow().accountId());
        var text = Texts.get(faces.getViewRoot().getLocale(), "score.saved");
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/judging/score?space=" + space);
        faces.responseComplete();
    }

    public List<Judging.Assignment> getAssignments() {
        return assignments;
    }

    public List<Judging.Criterion> getCriteria() {
        return criteria;
    }

    public long getSpace() {
        return space;
    }

    public void setSpace(long space) {
        this.space = space;
    }
}
