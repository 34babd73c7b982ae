package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.accounts.boundary.Actor;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Attachment;
import org.tori.spaces.entity.Challenge;
import org.tori.spaces.entity.Entry;
import org.tori.spaces.entity.Space;
import org.tori.spaces.entity.SpaceActivity;
import org.tori.spaces.entity.Team;

/** Submitting entries before the deadline, and screening them before the jury sees them. */
@ApplicationScoped
@Transactional
public class Entries {

    /** A file on its way in: the name the entrant gave it and its bytes. */
    public record Upload(String fileName, byte[] content) {}

    /** A question of the entry form: one per judging criterion of the space. */
    public record Question(long criterionId, String text) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SpaceActivity> activity;

    @Inject
    @ConfigProperty(name = "tori.entries.attachment-max-bytes", defaultValue = "5242880")
    long maxAttachmentBytes;

    public long submit(long spaceId, @Valid @NotNull EntryForm form, long submitterId) {
        return submit(spaceId, form, List.of(), submitterId);
    }

    /** Submits an entry with its files in one go: a refused file refuses the whole entry, so nothing is half-saved. */
    public long submit(long spaceId, @Valid @NotNull EntryForm form, List<Upload> files, long submitterId) {
        var space = em.find(Space.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
        if (space == null || !space.getPhase().isPublic()) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        var team = teamOf(spaceId, submitterId);
        if (team != null) {
            em.lock(team, LockModeType.PESSIMISTIC_WRITE);
            if (!em.createNamedQuery(Entry.BY_TEAM, Entry.class)
                    .setParameter("team", team.getId())
                    .getResultList()
                    .isEmpty()) {
                throw new DomainException(Kind.CONFLICT, "entry.duplicateTeam");
            }
        }
        var earlier = em.createNamedQuery(Entry.BY_SUBMITTER, Entry.class)
                .setParameter("space", spaceId)
                .setParameter("submitter", submitterId)
                .getResultList();
        if (!earlier.isEmpty()) {
            throw new DomainException(Kind.CONFLICT, "entry.duplicate");
        }
        var entry = new Entry(
                space,
                team,
                submitterId,
                form.getTitle(),
                form.getProblem(),
                form.getSolution(),
                form.getBusinessModel(),
                blankToNull(form.getDemoLink()),
                OffsetDateTime.now(clock));
        entry.answer(criteriaOf(spaceId), byCriterion(form.getAnswers()));
        boolean hasChallenges = !em.createNamedQuery(Challenge.OF_SPACE, Challenge.class)
                .setParameter("space", spaceId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        entry.answerChallenge(
                form.getChallengeId() == null ? null : em.find(Challenge.class, form.getChallengeId()), hasChallenges);
        em.persist(entry);
        em.flush();
        for (var file : files) {
            attach(entry.getId(), file.fileName(), file.content(), submitterId);
        }
        activity.fire(new SpaceActivity.EntrySubmitted(spaceId, entry.getId(), submitterId));
        return entry.getId();
    }

    public void screen(long entryId, Entry.Screening decision, String reason, Actor actor) {
        var entry = em.find(Entry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new DomainException(Kind.NOT_FOUND, "entry.notFound");
        }
        var space = em.find(Space.class, entry.getSpaceId());
        if (actor == null || !space.mayBeManagedBy(actor.accountId(), actor.staff())) {
            throw new DomainException(Kind.FORBIDDEN, "space.manage.forbidden");
        }
        if (!space.isScreening()) {
            throw new DomainException(Kind.CONFLICT, "entry.screening.notNow");
        }
        entry.screen(decision, reason);
        activity.fire(
                new SpaceActivity.EntryScreened(space.getId(), entryId, entry.getSubmitterId(), decision, reason));
    }

    /**
     * Adds a file to an entry while the space still takes entries; the submitter and their team
     * members may. Type is recognised from the content, size and count are limited.
     */
    public long attach(long entryId, String fileName, byte[] content, long accountId) {
        var entry = em.find(Entry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || !entry.belongsTo(accountId, team(entry))) {
            throw new DomainException(Kind.NOT_FOUND, "entry.notFound");
        }
        var now = OffsetDateTime.now(clock);
        em.find(Space.class, entry.getSpaceId()).checkAcceptsEntries(now);
        int count = em.createNamedQuery(Attachment.COUNT_OF_ENTRY, Long.class)
                .setParameter("entry", entryId)
                .getSingleResult()
                .intValue();
        var attachment = new Attachment(
                entry, count, fileName == null ? "" : fileName, content, maxAttachmentBytes, accountId, now);
        em.persist(attachment);
        em.flush();
        return attachment.getId();
    }

    public void attachAll(long entryId, List<Upload> files, long accountId) {
        for (var file : files) {
            attach(entryId, file.fileName(), file.content(), accountId);
        }
    }

    public int maxAttachmentBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 1, maxAttachmentBytes);
    }

    public List<Question> questions(long spaceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, name FROM criterion WHERE space_id = ? ORDER BY position")
                .setParameter(1, spaceId)
                .getResultList();
        return rows.stream()
                .map(r -> new Question(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }

    /**
     * A file of an entry, for its entrants, the space's organisers and its jurors; everyone else is
     * told it does not exist.
     */
    public Attachment attachment(long entryId, long attachmentId, Actor viewer) {
        var entry = em.find(Entry.class, entryId);
        var attachment = em.find(Attachment.class, attachmentId);
        if (entry == null
                || attachment == null
                || attachment.getEntryId() != entryId
                || viewer == null
                || !mayRead(entry, viewer)) {
            throw new DomainException(Kind.NOT_FOUND, "attachment.notFound");
        }
        return attachment;
    }

    /** The entry the member (alone or with their team) has submitted to a space, if any. */
    public Optional<EntrySummary> mine(long spaceId, long accountId) {
        var team = teamOf(spaceId, accountId);
        var found = team != null
                ? em.createNamedQuery(Entry.BY_TEAM, Entry.class)
                        .setParameter("team", team.getId())
                        .getResultList()
                : em.createNamedQuery(Entry.BY_SUBMITTER, Entry.class)
                        .setParameter("space", spaceId)
                        .setParameter("submitter", accountId)
                        .getResultList();
        return found.stream().findFirst().map(this::summary);
    }

    /** The name of the member's team in a space, if they are a member of one. */
    public Optional<String> teamNameOf(long spaceId, long accountId) {
        return Optional.ofNullable(teamOf(spaceId, accountId)).map(Team::getName);
    }

    /** Who submitted an entry (the account told about its screening, placing and pilot). */
    public Optional<Long> submitterOf(long entryId) {
        return Optional.ofNullable(em.find(Entry.class, entryId)).map(Entry::getSubmitterId);
    }

    /** Every entry of a space, for those who manage it. */
    public List<EntrySummary> ofSpace(long spaceId, Actor actor) {
        var space = em.find(Space.class, spaceId);
        if (space == null) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        if (actor == null || !space.mayBeManagedBy(actor.accountId(), actor.staff())) {
            throw new DomainException(Kind.FORBIDDEN, "space.manage.forbidden");
        }
        return entries(spaceId);
    }

    /** For judging: the entries of a space whatever the viewer; judging decides who may see them. */
    public List<EntrySummary> entries(long spaceId) {
        var list = em.createNamedQuery(Entry.OF_SPACE, Entry.class)
                .setParameter("space", spaceId)
                .getResultList();
        if (list.isEmpty()) {
            return List.of();
        }
        // one query for the files and one for the teams of the whole space, not one per entry
        var files = em.createNamedQuery(Attachment.OF_ENTRIES, Attachment.Info.class)
                .setParameter("entries", list.stream().map(Entry::getId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(Attachment.Info::entryId));
        var teamNames = em.createNamedQuery(Team.OF_SPACE, Team.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .collect(Collectors.toMap(Team::getId, Team::getName));
        return list.stream()
                .map(e -> EntrySummary.of(
                        e,
                        e.getTeamId() == null ? null : teamNames.get(e.getTeamId()),
                        files.getOrDefault(e.getId(), List.of())))
                .toList();
    }

    /** The space an entry was sent to: where its public trace (the results) is. */
    public Optional<Long> spaceOf(long entryId) {
        return Optional.ofNullable(em.find(Entry.class, entryId)).map(Entry::getSpaceId);
    }

    public Optional<EntrySummary> find(long entryId) {
        return Optional.ofNullable(em.find(Entry.class, entryId)).map(this::summary);
    }

    private EntrySummary summary(Entry entry) {
        var team = team(entry);
        var files = em.createNamedQuery(Attachment.OF_ENTRY, Attachment.Info.class)
                .setParameter("entry", entry.getId())
                .getResultList();
        return EntrySummary.of(entry, team == null ? null : team.getName(), files);
    }

    private boolean mayRead(Entry entry, Actor viewer) {
        var space = em.find(Space.class, entry.getSpaceId());
        if (space.mayBeManagedBy(viewer.accountId(), viewer.staff())
                || entry.belongsTo(viewer.accountId(), team(entry))) {
            return true;
        }
        // jurors belong to judging, which builds on spaces; read their appointment without depending on it
        return !em.createNativeQuery("SELECT 1 FROM juror WHERE space_id = ? AND account_id = ?")
                .setParameter(1, entry.getSpaceId())
                .setParameter(2, viewer.accountId())
                .getResultList()
                .isEmpty();
    }

    private Team team(Entry entry) {
        return entry.getTeamId() == null ? null : em.find(Team.class, entry.getTeamId());
    }

    private Team teamOf(long spaceId, long accountId) {
        return em.createNamedQuery(Team.OF_SPACE, Team.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .filter(t -> t.isMember(accountId))
                .findFirst()
                .orElse(null);
    }

    private static Map<Long, String> byCriterion(Map<String, String> answers) {
        var byId = new HashMap<Long, String>();
        answers.forEach((key, text) -> {
            try {
                byId.put(Long.valueOf(key.strip()), text);
            } catch (NumberFormatException notAnId) {
                throw new DomainException(Kind.INVALID, "entry.answer.unknown", "answers");
            }
        });
        return byId;
    }

    /** The ids of the space's judging criteria, which every entry answers. */
    private List<Long> criteriaOf(long spaceId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM criterion WHERE space_id = ? ORDER BY position")
                .setParameter(1, spaceId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
