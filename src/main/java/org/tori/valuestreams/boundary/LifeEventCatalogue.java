package org.tori.valuestreams.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.tori.platform.i18n.Texts;
import org.tori.platform.lifeevents.LifeEventChoices;
import org.tori.spaces.entity.ValueStream;
import org.tori.valuestreams.entity.LifeEvent;

/** The life events for the lists' select: grouped by value stream in the streams' order, by name within. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LifeEventCatalogue implements LifeEventChoices {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Override
    public List<Group> groups(Locale locale) {
        var byStream = new LinkedHashMap<ValueStream, List<Choice>>();
        for (var stream : ValueStream.values()) {
            byStream.put(stream, new ArrayList<>());
        }
        em.createNamedQuery(LifeEvent.ALL, LifeEvent.class)
                .getResultList()
                .forEach(e -> byStream.get(e.getValueStream()).add(new Choice(e.getId(), e.name(locale))));
        return byStream.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(
                        Texts.get(locale, "stream." + e.getKey().name()),
                        e.getValue().stream()
                                .sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER))
                                .toList()))
                .toList();
    }
}
