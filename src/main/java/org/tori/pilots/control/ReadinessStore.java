package org.tori.pilots.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tori.pilots.entity.Answer;
import org.tori.pilots.entity.Pilot;
import org.tori.pilots.entity.ReadinessAnswer;
import org.tori.pilots.entity.ReadinessItem;
import org.tori.pilots.entity.ReadinessRecord;

/** Reads item lists and answers and puts a pilot's record together (several pilots in two queries). */
@ApplicationScoped
public class ReadinessStore {

    @PersistenceContext
    EntityManager em;

    public int latestVersion() {
        var latest =
                em.createNamedQuery(ReadinessItem.LATEST_VERSION, Integer.class).getSingleResult();
        return latest == null ? 1 : latest;
    }

    public List<ReadinessItem> items(int version) {
        return em.createNamedQuery(ReadinessItem.OF_VERSION, ReadinessItem.class)
                .setParameter("version", version)
                .getResultList();
    }

    public List<ReadinessAnswer> answers(long pilot) {
        return em.createNamedQuery(ReadinessAnswer.OF_PILOT, ReadinessAnswer.class)
                .setParameter("pilot", pilot)
                .getResultList();
    }

    public ReadinessRecord record(Pilot pilot) {
        return records(List.of(pilot)).get(pilot.getId());
    }

    public Map<Long, ReadinessRecord> records(List<Pilot> pilots) {
        var records = new HashMap<Long, ReadinessRecord>();
        if (pilots.isEmpty()) {
            return records;
        }
        var answers = em.createNamedQuery(ReadinessAnswer.OF_PILOTS, ReadinessAnswer.class)
                .setParameter("pilots", pilots.stream().map(Pilot::getId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(
                        ReadinessAnswer::getPilotId,
                        Collectors.toMap(ReadinessAnswer::getItemId, ReadinessAnswer::getAnswer)));
        var lists = new HashMap<Integer, List<ReadinessItem>>();
        for (var pilot : pilots) {
            var items = lists.computeIfAbsent(pilot.getChecklistVersion(), this::items);
            records.put(
                    pilot.getId(),
                    new ReadinessRecord(
                            pilot.getChecklistVersion(),
                            items,
                            answers.getOrDefault(pilot.getId(), Map.<Long, Answer>of())));
        }
        return records;
    }
}
