package org.tori.roadmap.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.knowledge.entity.Visibility;
import org.tori.pilots.boundary.PilotRoadmap;
import org.tori.pilots.entity.PilotDecided;
import org.tori.roadmap.control.RoadmapStore;
import org.tori.roadmap.entity.Decision;
import org.tori.roadmap.entity.ItemFacts;
import org.tori.roadmap.entity.Origin;
import org.tori.roadmap.entity.OriginKind;
import org.tori.roadmap.entity.RoadmapItem;
import org.tori.roadmap.entity.RoadmapItemChanged;

/**
 * Pilots on the roadmap: each decision on a pilot (continue, scale up, stop) is recorded, in the
 * deciding transaction, on every item that names the pilot as its origin; when none does and staff
 * asked for it, a public item is made with the pilot as its origin. Also tells the pilot page which
 * items name it.
 */
@ApplicationScoped
@Transactional
public class RoadmapPilots implements PilotRoadmap {

    /** The shipped statuses a new pilot's item starts in and a scale-up moves it to, when the list still has them. */
    static final String PILOTING = "PILOTING";

    static final String SCALING = "SCALING";

    @Inject
    RoadmapStore store;

    @Inject
    CurrentReader reader;

    @Inject
    RoadmapLabels labels;

    @Inject
    Event<RoadmapItemChanged> changed;

    void decided(@Observes PilotDecided decided) {
        var items = naming(decided.pilotId()).toList();
        if (items.isEmpty() && decided.addToRoadmap()) {
            items = List.of(itemFor(decided));
        }
        var decision = Decision.valueOf(decided.verdict().name());
        for (var item : items) {
            store.add(item.recordPilotDecision(
                    decided.pilotId(),
                    decided.title(),
                    decision,
                    decided.reason(),
                    store.stopped(),
                    store.statusOf(SCALING).orElse(null),
                    decided.decidedAt()));
            changed.fire(new RoadmapItemChanged(item.getId()));
        }
    }

    @Override
    public List<Item> itemsOf(long pilotId) {
        var who = reader.get();
        return naming(pilotId)
                .filter(i -> i.readableBy(who))
                .map(i -> new Item(
                        i.getId(),
                        i.getTitle(),
                        labels.status(i.getStatus().getCode(), i.getStatus().getName())))
                .toList();
    }

    @Override
    public boolean linked(long pilotId) {
        return naming(pilotId).findAny().isPresent();
    }

    private Stream<RoadmapItem> naming(long pilotId) {
        var origin = new Origin(OriginKind.PILOT, pilotId);
        return store.items().stream().filter(i -> i.getOrigins().contains(origin));
    }

    private RoadmapItem itemFor(PilotDecided pilot) {
        var summary = Stream.of(pilot.scaleUpPlan(), pilot.reason(), pilot.title())
                .filter(s -> s != null && !s.isBlank())
                .findFirst()
                .map(String::strip)
                .map(s -> s.length() > RoadmapItem.MAX_SUMMARY ? s.substring(0, RoadmapItem.MAX_SUMMARY) : s)
                .orElseThrow();
        var facts = new ItemFacts(
                pilot.title(),
                summary,
                pilot.partner(),
                Set.of(),
                Set.of(),
                null,
                null,
                pilot.startsOn(),
                null,
                pilot.budgetEur(),
                null,
                null,
                null,
                Visibility.PUBLIC);
        var status = store.statusOf(PILOTING).orElseGet(() -> store.statuses().get(0));
        var item = store.add(new RoadmapItem(facts, status, pilot.decidedAt()));
        item.linkOrigin(new Origin(OriginKind.PILOT, pilot.pilotId()));
        return item;
    }
}
