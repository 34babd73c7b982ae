package org.tori.pilots.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tori.accounts.boundary.Actor;
import org.tori.pilots.control.ReadinessStore;
import org.tori.pilots.entity.Answer;
import org.tori.pilots.entity.Pilot;
import org.tori.pilots.entity.ReadinessAnswer;
import org.tori.pilots.entity.ReadinessItem;
import org.tori.pilots.entity.ReadinessVersion;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * The readiness record: a section's form for the company, the city's owner or staff, and the item
 * list staff keep in versions (a new version is used by pilots started after it).
 */
@ApplicationScoped
@Transactional
public class Readiness {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReadinessStore store;

    @Inject
    Clock clock;

    /** One item as staff edit the list: section and the three labels. */
    public record ItemDraft(int section, String en, String fi, String sv) {}

    public List<AnswerRow> section(long pilotId, int section, Actor actor, Locale locale) {
        var pilot = fillable(pilotId, section, actor);
        var answers = store.answers(pilotId);
        return store.items(pilot.getChecklistVersion()).stream()
                .filter(i -> i.getSection() == section)
                .map(i -> answers.stream()
                        .filter(a -> a.getItemId() == i.getId())
                        .findFirst()
                        .map(a -> new AnswerRow(
                                i.getId(),
                                i.label(locale),
                                a.getAnswer().name(),
                                a.getEvidence(),
                                a.getLink(),
                                a.getOwner()))
                        .orElseGet(() -> new AnswerRow(i.getId(), i.label(locale), null, null, null, null)))
                .toList();
    }

    /** Saves the answered rows; a row without an answer stays unanswered, and may then carry no evidence. */
    public void save(long pilotId, int section, List<AnswerRow> rows, Actor actor) {
        var pilot = fillable(pilotId, section, actor);
        var items = store.items(pilot.getChecklistVersion()).stream()
                .filter(i -> i.getSection() == section)
                .toList();
        var answers = store.answers(pilotId);
        for (var row : rows) {
            if (row.getAnswer() == null || row.getAnswer().isBlank()) {
                if (typed(row.getEvidence()) || typed(row.getLink()) || typed(row.getOwner())) {
                    throw new DomainException(Kind.INVALID, "readiness.answer.required");
                }
                continue;
            }
            var item = items.stream()
                    .filter(i -> i.getId() == row.getItemId())
                    .findFirst()
                    .orElseThrow(() -> new DomainException(Kind.INVALID, "readiness.item.unknown"));
            var answer = Arrays.stream(Answer.values())
                    .filter(a -> a.name().equals(row.getAnswer()))
                    .findFirst()
                    .orElseThrow(() -> new DomainException(Kind.INVALID, "readiness.answer.invalid"));
            var stored = answers.stream()
                    .filter(a -> a.getItemId() == item.getId())
                    .findFirst()
                    .orElseGet(() -> {
                        var fresh = new ReadinessAnswer(pilotId, item.getId());
                        em.persist(fresh);
                        return fresh;
                    });
            try {
                stored.answer(answer, row.getEvidence(), row.getLink(), row.getOwner(), actor.accountId(), now());
            } catch (DomainException refused) {
                // the rows repeat their field names: the refusal goes to the top of the form
                throw new DomainException(refused.kind(), refused.key());
            }
        }
    }

    private static boolean typed(String text) {
        return text != null && !text.isBlank();
    }

    private Pilot fillable(long pilotId, int section, Actor actor) {
        var pilot = em.find(Pilot.class, pilotId);
        if (pilot == null || section < 1 || section > ReadinessItem.SECTIONS) {
            throw new DomainException(Kind.NOT_FOUND, "pilot.notFound");
        }
        if (actor == null || !(actor.staff() || pilot.mayFill(actor.accountId()))) {
            throw new DomainException(Kind.FORBIDDEN, "readiness.forbidden");
        }
        if (pilot.decided()) {
            throw new DomainException(Kind.CONFLICT, "readiness.decided");
        }
        return pilot;
    }

    public int latestVersion() {
        return store.latestVersion();
    }

    public List<ReadinessItem> items(int version) {
        return store.items(version);
    }

    /** Staff adopt a new list: the next version, used by pilots started from now on. */
    public int newVersion(List<ItemDraft> drafts, String note, Actor actor) {
        Pilots.requireStaff(actor);
        if (drafts.isEmpty()) {
            throw new DomainException(Kind.INVALID, "readiness.items.required", "items");
        }
        int version = store.latestVersion() + 1;
        em.persist(new ReadinessVersion(version, note, now()));
        var positions = new int[ReadinessItem.SECTIONS + 1];
        var made = new ArrayList<ReadinessItem>();
        for (var d : drafts) {
            var item = new ReadinessItem(
                    version,
                    d.section(),
                    d.section() >= 1 && d.section() <= 7 ? ++positions[d.section()] : 0,
                    d.en(),
                    d.fi(),
                    d.sv());
            made.add(item);
        }
        made.forEach(em::persist);
        em.flush();
        return version;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
