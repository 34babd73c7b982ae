package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.faces.Page;
import org.tori.spaces.entity.ValueStream;

/** The index of the eight streams and one stream's hub; read-only pages, stateless for visitors. */
@Named
@RequestScoped
public class HubView {

    @Inject
    Hubs hubs;

    @Inject
    CurrentReader reader;

    private List<StreamCard> cards;
    private Hub hub;
    private Long event;

    public void loadIndex() {
        cards = hubs.index(reader.get());
    }

    public void loadStream() throws IOException {
        var raw = Page.param("stream");
        var stream = Streams.of(raw);
        if (raw == null || stream.isEmpty()) {
            Page.notFound();
            return;
        }
        hub = hubs.hub(stream.get(), reader.get(), Page.faces().getViewRoot().getLocale());
        event = Page.optionalId("event").orElse(null);
    }

    /** The life events shown: all of the stream's, or the one the filter chose. */
    public List<LifeEventRow> getShownEvents() {
        return event == null
                ? hub.lifeEvents()
                : hub.lifeEvents().stream().filter(e -> e.id() == event).toList();
    }

    /** What the staff's tagging form offers, by name. */
    public Hubs.Candidates getCandidates() {
        return hubs.candidates(hub.card().stream(), reader.get());
    }

    public Long getEvent() {
        return event;
    }

    public List<StreamCard> getCards() {
        return cards;
    }

    public Hub getHub() {
        return hub;
    }

    public List<ValueStream> getStreams() {
        return List.of(ValueStream.values());
    }

    /** What the staff forms typed before a refusal, kept across the redirect. */
    public String typed(String name) {
        return Page.typed(name);
    }
}
