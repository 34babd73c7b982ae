package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.tori.knowledge.entity.Reader;
import org.tori.valuestreams.entity.Collective;
import org.tori.valuestreams.entity.LifeEvent;
import org.tori.valuestreams.entity.PlanAction;
import org.tori.valuestreams.entity.VisionVersion;

/** The eight streams as open data, as an anonymous reader sees them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenValueStreams {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Hubs hubs;

    public List<OpenStream> all() {
        var events = em.createNamedQuery(LifeEvent.ALL, LifeEvent.class).getResultList();
        var collectives = em.createNamedQuery(Collective.ALL, Collective.class).getResultList();
        return hubs.index(Reader.ANONYMOUS).stream()
                .map(card -> new OpenStream(
                        card.stream().name(),
                        card.slug(),
                        card.spaces(),
                        card.openSpaces(),
                        card.testingLabs(),
                        card.lessons(),
                        card.practices(),
                        card.stories(),
                        events.stream()
                                .filter(e -> e.getValueStream() == card.stream())
                                .map(OpenValueStreams::event)
                                .toList(),
                        collectives.stream()
                                .filter(c -> c.getValueStream() == card.stream())
                                .findFirst()
                                .map(this::collective)
                                .orElse(null)))
                .toList();
    }

    private static OpenStream.Event event(LifeEvent e) {
        return new OpenStream.Event(
                e.getId(),
                e.name(Locale.forLanguageTag("fi")),
                e.name(Locale.ENGLISH),
                e.name(Locale.forLanguageTag("sv")),
                e.getDescription());
    }

    private OpenStream.Collective collective(Collective c) {
        var vision = em
                .createNamedQuery(VisionVersion.OF, VisionVersion.class)
                .setParameter("collective", c.getId())
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(VisionVersion::getBody)
                .orElse(null);
        var actions = em
                .createNamedQuery(PlanAction.OF, PlanAction.class)
                .setParameter("collective", c.getId())
                .getResultList()
                .stream()
                .map(a -> new OpenStream.Action(
                        a.getId(), a.getTitle(), a.getDueOn(), a.getStatus().name()))
                .toList();
        return new OpenStream.Collective(c.getId(), c.getName(), c.getVisionVersion(), vision, actions);
    }
}
