package org.tori.spaces.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;
import org.tori.spaces.entity.Entry;

/** The organisers' list of a space's entries, where they screen each one with the reason the entrant reads. */
@Named
@RequestScoped
public class EntriesManageView {

    @Inject
    Entries entries;

    @Inject
    CurrentMember member;

    @Inject
    FacesContext faces;

    private long id;
    private List<EntrySummary> list;
    private List<Entries.Question> questions;

    private String refusedEntry;

    @PostConstruct
    void read() {
        id = Page.optionalId("id").orElse(0L);
    }

    /** Lists the entries (404 for others than the organisers) and acts on a posted screening decision. */
    public void load() throws IOException {
        var actor = member.actor().orElse(null);
        if (Page.posted() && Page.param("entry") != null) {
            try {
                entries.screen(
                        Page.id("entry"),
                        Entry.Screening.valueOf(Page.param("screening")),
                        Page.param("reason"),
                        actor);
                message(FacesMessage.SEVERITY_INFO, "entry.screened");
            } catch (DomainException refused) {
                refusedEntry = Page.param("entry");
                message(FacesMessage.SEVERITY_ERROR, refused.key());
            } catch (IllegalArgumentException tampered) {
                refusedEntry = Page.param("entry");
                message(FacesMessage.SEVERITY_ERROR, "entry.screening.decide");
            }
        }
        try {
            list = entries.ofSpace(id, actor);
            questions = entries.questions(id);
        } catch (DomainException notAllowed) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    private void message(FacesMessage.Severity severity, String key) {
        var text = Texts.get(faces.getViewRoot().getLocale(), key);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    /** The reason as typed, back in the refused entry's field (the page answers the post itself). */
    public String typedReason(Object entryId) {
        var posted = faces.getExternalContext().getRequestParameterMap().get("reason");
        return refusedEntry != null && refusedEntry.equals(String.valueOf(entryId)) && posted != null ? posted : "";
    }

    public List<EntrySummary> getEntries() {
        return list == null ? List.of() : list;
    }

    public List<Entries.Question> getQuestions() {
        return questions == null ? List.of() : questions;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
