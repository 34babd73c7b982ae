package org.tori.pilots.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.knowledge.boundary.Lessons;
import org.tori.pilots.control.ReadinessStore;
import org.tori.pilots.entity.Origin;
import org.tori.pilots.entity.OriginKind;
import org.tori.pilots.entity.Pilot;
import org.tori.pilots.entity.PilotChanged;
import org.tori.pilots.entity.PilotDecided;
import org.tori.pilots.entity.ReadinessRecord;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.boundary.Spaces;

/**
 * Pilots as use cases: started from a result (by judging), a living lab or a proposal (by staff),
 * listed with their readiness, read publicly along their chain, and decided by staff.
 */
@ApplicationScoped
@Transactional
public class Pilots {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReadinessStore store;

    @Inject
    Spaces spaces;

    @Inject
    Accounts accounts;

    @Inject
    Lessons lessons;

    @Inject
    Clock clock;

    @Inject
    Event<PilotDecided> decisions;

    @Inject
    Instance<PilotStories> stories;

    @Inject
    Event<PilotChanged> changed;

    /** A winner of published results continues: judging has checked it won; one pilot per entry. */
    public long offerForResult(
            long spaceId, long entryId, String resultTitle, Pilot.Terms terms, Long company, Long owner) {
        var origin = new Origin(
                OriginKind.RESULT, entryId, resultTitle, "/spaces/space?id=" + spaceId + "#result-" + entryId);
        var pilot = new Pilot(origin, spaceId, terms, store.latestVersion(), company, owner, now());
        try {
            em.persist(pilot);
            em.flush();
        } catch (PersistenceException offeredAlready) {
            throw new DomainException(Kind.CONFLICT, "pilot.once");
        }
        changed.fire(new PilotChanged(pilot.getId()));
        return pilot.getId();
    }

    /**
     * A winner's follow-up moved on from the results: the end of the road (scaled up or stopped) is
     * the same decision as on the pilot page, so scaling up with gaps in the readiness record needs
     * them confirmed, and the outcome is its reason.
     */
    public void moveOn(Pilot pilot, Pilot.Stage next, String outcome, boolean gapsConfirmed) {
        if ((next == Pilot.Stage.SCALED_UP || next == Pilot.Stage.STOPPED)
                && pilot.getStage().canMoveTo(next)) {
            if (outcome == null || outcome.isBlank()) {
                throw new DomainException(Kind.INVALID, "pilot.outcome.required", "outcome");
            }
            decisions.fire(pilot.decide(next, outcome, gapsConfirmed, store.record(pilot), null, false, now()));
        } else { // the entity refuses a move its stage does not allow
            pilot.moveTo(next, outcome, now());
            decisions.fire(pilot.decision(false, now()));
        }
        changed.fire(new PilotChanged(pilot.getId()));
    }

    /** Staff start a pilot from a living lab or a partner's proposal. */
    public long start(StartForm form, Actor actor) {
        requireStaff(actor);
        var kind = "PROPOSAL".equals(form.getOriginKind()) ? OriginKind.PROPOSAL : OriginKind.LIVING_LAB;
        Origin origin;
        Long spaceId = null;
        if (kind == OriginKind.LIVING_LAB) {
            long lab = number(form.getLab(), "lab", "pilot.lab.unknown");
            var space = spaces.detail(lab, actor)
                    .map(d -> d.summary())
                    .filter(s -> "LIVING_LAB".equals(s.kind()))
                    .orElseThrow(() -> new DomainException(Kind.INVALID, "pilot.lab.unknown", "lab"));
            origin = new Origin(kind, lab, space.title(), "/spaces/space?id=" + lab);
            spaceId = lab;
        } else {
            origin = new Origin(kind, null, form.getTitle(), null);
        }
        var company = person(form.getCompanyEmail(), "companyEmail");
        var owner = person(form.getOwnerEmail(), "ownerEmail");
        var terms = new Pilot.Terms(
                Pilot.FollowUp.PILOT,
                form.getPartner(),
                money(form.getBudget()),
                day(form.getStartsOn()),
                form.getPlan(),
                null);
        var pilot = new Pilot(
                origin,
                spaceId,
                terms,
                store.latestVersion(),
                company.orElse(null),
                owner.orElse(actor.accountId()),
                now());
        em.persist(pilot);
        em.flush();
        changed.fire(new PilotChanged(pilot.getId()));
        return pilot.getId();
    }

    public List<PilotRow> overview(Actor actor) {
        requireStaff(actor);
        return rows(em.createNamedQuery(Pilot.ALL, Pilot.class).getResultList());
    }

    /** The pilots a company or a city's owner fills the record of. */
    public List<PilotRow> mine(long accountId) {
        return rows(em.createNamedQuery(Pilot.OF_PERSON, Pilot.class)
                .setParameter("person", accountId)
                .getResultList());
    }

    public List<PilotRow> all() {
        return rows(em.createNamedQuery(Pilot.ALL, Pilot.class).getResultList());
    }

    /** The public chain of one pilot; what the reader may do with it is in the flags. */
    public Optional<PilotPage> page(long id, Optional<Actor> reader, Locale locale) {
        var pilot = em.find(Pilot.class, id);
        if (pilot == null) {
            return Optional.empty();
        }
        var record = store.record(pilot);
        var answers = store.answers(id);
        var sections = record.sections().stream()
                .map(s -> new PilotPage.Section(
                        s.section(),
                        s.percent(),
                        record.items().stream()
                                .filter(i -> i.getSection() == s.section())
                                .map(i -> {
                                    var a = answers.stream()
                                            .filter(x -> x.getItemId() == i.getId())
                                            .findFirst();
                                    return new PilotPage.Line(
                                            i.getId(),
                                            i.label(locale),
                                            a.map(x -> x.getAnswer().name()).orElse(null),
                                            a.map(x -> x.getEvidence()).orElse(null),
                                            a.map(x -> x.getLink()).orElse(null));
                                })
                                .toList()))
                .toList();
        boolean staff = reader.map(Actor::staff).orElse(false);
        boolean fills =
                reader.map(r -> r.staff() || pilot.mayFill(r.accountId())).orElse(false);
        return Optional.of(new PilotPage(
                row(pilot, record),
                pilot.getKind().name(),
                pilot.getOrigin().getTitle(),
                pilot.getOrigin().getLink(),
                pilot.getBudgetEur(),
                pilot.getStartsOn(),
                pilot.getScaleUpPlan(),
                pilot.getNextStep(),
                sections,
                record.gaps().stream().map(i -> i.label(locale)).toList(),
                pilot.getDecisionReason(),
                pilot.isGapsConfirmed(),
                pilot.getLessonId(),
                pilot.getStoryId(),
                storyTitle(pilot.getStoryId()),
                fills && !pilot.decided(),
                reader.map(r -> pilot.mayChooseStory(r.accountId(), r.staff())).orElse(false),
                staff));
    }

    private String storyTitle(Long story) {
        if (story == null || !stories.isResolvable()) {
            return null;
        }
        return stories.get().find(story).map(PilotStories.StoryTitle::title).orElse(null);
    }

    /** Staff move the pilot on; scale-up with gaps needs the confirmation, a stop may link its lesson. */
    public void decide(long id, DecisionForm form, Actor actor) {
        requireStaff(actor);
        var pilot = find(id);
        var stage = Arrays.stream(Pilot.Stage.values())
                .filter(s -> s.name().equals(form.getStage()))
                .findFirst()
                .orElseThrow(() -> new DomainException(Kind.INVALID, "pilot.stage.illegal", "stage"));
        Long lesson = null;
        if (stage == Pilot.Stage.STOPPED
                && form.getLesson() != null
                && !form.getLesson().isBlank()) {
            lesson = number(form.getLesson(), "lesson", "pilot.lesson.unknown");
            if (lessons.detail(lesson, Lessons.SYSTEM).isEmpty()) {
                throw new DomainException(Kind.INVALID, "pilot.lesson.unknown", "lesson");
            }
        }
        decisions.fire(pilot.decide(
                stage,
                form.getReason(),
                form.isConfirmGaps(),
                store.record(pilot),
                lesson,
                form.isAddToRoadmap(),
                now()));
        changed.fire(new PilotChanged(id));
    }

    /** Every pilot as open data, newest first: no people, no evidence, no item owners. */
    public List<OpenPilot> open() {
        var pilots = em.createNamedQuery(Pilot.ALL, Pilot.class).getResultList();
        var records = store.records(pilots);
        return pilots.stream()
                .map(p -> {
                    var record = records.get(p.getId());
                    return new OpenPilot(
                            p.getId(),
                            p.getOrigin().getTitle(),
                            p.getOrigin().getKind().name(),
                            p.getOrigin().getLink(),
                            p.getPartner(),
                            p.getStage().name(),
                            p.getStartsOn(),
                            p.getChecklistVersion(),
                            record.overall().percent(),
                            record.sections().stream()
                                    .map(ReadinessRecord.SectionScore::percent)
                                    .toList(),
                            record.complete(),
                            p.getDecisionReason(),
                            p.getLessonId(),
                            p.getStoryId(),
                            "/pilots/pilot?id=" + p.getId());
                })
                .toList();
    }

    /** A pilot's title (the title of its origin), for pages that link it. */
    public Optional<String> title(long id) {
        return Optional.ofNullable(em.find(Pilot.class, id))
                .map(p -> p.getOrigin().getTitle());
    }

    /** Pilots whose record has every item answered, for the scorecard. */
    public long withCompleteRecord() {
        return all().stream().filter(PilotRow::complete).count();
    }

    Pilot find(long id) {
        return Optional.ofNullable(em.find(Pilot.class, id))
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "pilot.notFound"));
    }

    private List<PilotRow> rows(List<Pilot> pilots) {
        var records = store.records(pilots);
        return pilots.stream().map(p -> row(p, records.get(p.getId()))).toList();
    }

    static PilotRow row(Pilot p, ReadinessRecord record) {
        return new PilotRow(
                p.getId(),
                p.getOrigin().getTitle(),
                p.getOrigin().getKind().name(),
                p.getPartner(),
                p.getStage().name(),
                p.getChecklistVersion(),
                record.overall().percent(),
                record.sections(),
                record.complete());
    }

    static void requireStaff(Actor actor) {
        if (actor == null || !actor.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "pilot.staffOnly");
        }
    }

    private Optional<Long> person(String email, String field) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(accounts.idOf(email.strip())
                    .orElseThrow(() -> new DomainException(Kind.INVALID, "pilot.person.unknown", field)));
        } catch (DomainException | IllegalArgumentException notAnAddress) {
            throw new DomainException(Kind.INVALID, "pilot.person.unknown", field);
        }
    }

    private static long number(String raw, String field, String key) {
        try {
            long n = Long.parseLong(raw == null ? "" : raw.strip());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException notANumber) {
            throw new DomainException(Kind.INVALID, key, field);
        }
    }

    private static BigDecimal money(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.length() > 20) {
                throw new NumberFormatException();
            }
            return new BigDecimal(
                    raw.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new DomainException(Kind.INVALID, "pilot.budget.invalid", "budgetEur");
        }
    }

    private static LocalDate day(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException notADay) {
            throw new DomainException(Kind.INVALID, "pilot.start.required", "startsOn");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Every pilot's id, oldest first (the search index rebuilds from it). */
    public List<Long> ids() {
        return em.createQuery("SELECT p.id FROM Pilot p ORDER BY p.id", Long.class)
                .getResultList();
    }
}
