package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.tori.platform.faces.Page;

/** The collective page's phenomena, customer journeys and meeting notes, and the choices of their forms. */
@Named
@RequestScoped
public class NotesView {

    @Inject
    CollectiveNotes notes;

    @Inject
    CollectiveView collective;

    private List<NoteRow> rows;

    private long id() {
        return collective.getCollective().id();
    }

    private static Locale locale() {
        return Page.faces().getViewRoot().getLocale();
    }

    public List<NoteRow> of(String kind) {
        if (rows == null) {
            rows = notes.of(id(), locale());
        }
        return rows.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    public List<CollectiveNotes.Choice> getLifeEvents() {
        return notes.lifeEvents(id(), locale());
    }

    public List<CollectiveNotes.Choice> getSpaces() {
        return notes.spaces(id());
    }
}
