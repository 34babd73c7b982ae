package org.tori.spaces.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A co-creation space. Its phase only moves along its kind's life cycle, one step at a time;
 * archiving needs a written reason while the knowledge base cannot yet hold the lesson learned.
 */
@Entity
@Table(name = "space")
public class Space {

    @Id
    @SequenceGenerator(name = "space_seq", sequenceName = "space_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "space_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private SpaceKind kind;

    private String title;
    private String summary;

    @Column(name = "description_html")
    private String descriptionHtml;

    @Column(name = "description_source")
    private String descriptionSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "city_domain")
    private CityDomain domain;

    private String organiser;
    private String city;
    private String place;

    @Column(name = "opens_at")
    private OffsetDateTime opensAt;

    @Column(name = "submission_deadline")
    private OffsetDateTime submissionDeadline;

    @Column(name = "results_at")
    private OffsetDateTime resultsAt;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    @Column(name = "archive_reason")
    private String archiveReason;

    @Column(name = "public_vote")
    private boolean publicVote;

    private String eligibility;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "space_theme", joinColumns = @JoinColumn(name = "space_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "space_value_stream", joinColumns = @JoinColumn(name = "space_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "value_stream")
    private Set<ValueStream> valueStreams = EnumSet.noneOf(ValueStream.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "space_participant", joinColumns = @JoinColumn(name = "space_id"))
    @Column(name = "account_id")
    private Set<Long> participants = new HashSet<>();

    protected Space() {}

    public Space(SpaceKind kind, SpaceDetails details, String descriptionHtml, long createdBy, OffsetDateTime now) {
        this.kind = Objects.requireNonNull(kind);
        this.phase = Phase.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
        describe(details, descriptionHtml);
    }

    /** Replaces what the space says about itself; the dates must make sense together. */
    public void describe(SpaceDetails details, String descriptionHtml) {
        Objects.requireNonNull(details);
        var window = SubmissionWindow.checked(details.opensAt(), details.submissionDeadline(), details.resultsAt());
        this.title = details.title().strip();
        this.summary = details.summary().strip();
        this.descriptionSource = details.description();
        this.descriptionHtml = descriptionHtml;
        this.domain = details.domain();
        this.organiser = details.organiser();
        this.city = details.city();
        this.place = details.place();
        this.opensAt = window.opensAt();
        this.submissionDeadline = window.closesAt();
        this.resultsAt = window.resultsAt();
        replace(themes, details.themes());
        replace(valueStreams, details.valueStreams());
    }

    /**
     * Moves to the given phase, which must be the next one of this kind's life cycle. Opening needs
     * the dates people plan by; archiving needs the reason why no lesson learned is recorded.
     */
    public void moveTo(Phase target, String reason) {
        moveTo(target, reason, 0, true);
    }

    /**
     * As {@link #moveTo(Phase, String)}, closing the loop on archiving: a space is archived once its
     * organiser has recorded a lesson learned about it, or by staff overriding with a written reason.
     *
     * @param organiserLessons lessons about this space its organiser has recorded in the knowledge base
     * @param staff whether program staff move it (only they may override)
     */
    public void moveTo(Phase target, String reason, long organiserLessons, boolean staff) {
        Objects.requireNonNull(target);
        if (target == Phase.ARCHIVED && organiserLessons == 0 && !staff && target == kind.next(phase)) {
            throw new DomainException(Kind.CONFLICT, "space.archive.lessonFirst", "reason");
        }
        if (target != kind.next(phase) || target == phase) {
            throw new DomainException(Kind.CONFLICT, "space.phase.notAllowed", "phase");
        }
        if (target == Phase.OPEN && kind.opensByStaffApproval() && !staff) {
            throw new DomainException(Kind.FORBIDDEN, "space.open.staffApproves", "phase");
        }
        if (target == Phase.OPEN && kind.needsDates() && !window().isComplete()) {
            throw new DomainException(Kind.INVALID, "space.open.needsDates", "submissionDeadline");
        }
        if (target == Phase.ARCHIVED) {
            if (organiserLessons > 0 && (reason == null || reason.isBlank())) {
                phase = target;
                return;
            }
            if (reason == null || reason.isBlank()) {
                throw new DomainException(Kind.INVALID, "space.archive.needsReason", "reason");
            }
            archiveReason = reason.strip();
        }
        phase = target;
    }

    /**
     * Announcing a judged space's results mails every member, entrant and follower: the person moving it
     * there confirms that first (a ticked box on the page; a script says so by calling the API).
     */
    public void checkResultsAnnouncement(Phase target, boolean mailingConfirmed) {
        if (target == Phase.RESULTS && kind.isJudged() && !mailingConfirmed) {
            throw new DomainException(Kind.INVALID, "space.results.confirm", "confirm-results");
        }
    }

    /** Whether there is a next phase this person may move the space to (staff approve a lab's opening). */
    public boolean mayMoveOn(boolean staff) {
        var next = kind.next(phase);
        return next != phase && (staff || !(next == Phase.OPEN && kind.opensByStaffApproval()));
    }

    /** The phase the calendar says the space should be in by now, if that is a step forward. */
    public Optional<Phase> dueMove(OffsetDateTime now) {
        if (phase == Phase.OPEN && kind == SpaceKind.HACKATHON && opensAt != null && !now.isBefore(opensAt)) {
            return Optional.of(Phase.SUBMISSION);
        }
        if (phase == Phase.OPEN && kind == SpaceKind.LIVING_LAB && opensAt != null && !now.isBefore(opensAt)) {
            return Optional.of(Phase.TESTING);
        }
        boolean deadlinePassed = window().hasClosed(now);
        boolean closesAtDeadline = phase == Phase.SUBMISSION
                || (phase == Phase.OPEN && (kind == SpaceKind.CONTEST || kind == SpaceKind.CONSULTATION));
        if (deadlinePassed && closesAtDeadline) {
            return Optional.of(kind.next(phase));
        }
        return Optional.empty();
    }

    /** Entries come in while a contest is open or a hackathon takes concepts, and never after the deadline. */
    public void checkAcceptsEntries(OffsetDateTime now) {
        if (window().hasClosed(now)) {
            throw new DomainException(Kind.CONFLICT, "entry.late");
        }
        if (!takesEntries()) {
            throw new DomainException(Kind.CONFLICT, "entry.closed");
        }
    }

    /** Whether the kind takes entries in the present phase (the deadline is checked on each entry). */
    public boolean takesEntries() {
        return kind.takesEntries(phase);
    }

    /** Whether a signed-in person joins with one click now. */
    public boolean isJoinable() {
        return kind.joinsDirectly() && kind.joinable(phase);
    }

    public boolean takesChallenges() {
        return kind.takesChallenges(phase);
    }

    public boolean showsTeams() {
        return kind.showsTeams(phase);
    }

    public boolean formsTeams() {
        return kind.formsTeams(phase);
    }

    public boolean isScreeningOver() {
        return kind.screeningOver(phase);
    }

    public SubmissionWindow window() {
        return new SubmissionWindow(opensAt, submissionDeadline, resultsAt);
    }

    /** The space's calendar as of now: each dated step, past, current or upcoming. */
    public List<Milestone.Dated> calendar(OffsetDateTime now) {
        return window().calendar(kind, phase, now);
    }

    /** Who may enter, and whether the public votes beside the jury. */
    public void setRules(boolean publicVote, String eligibility) {
        this.publicVote = publicVote;
        this.eligibility = eligibility == null || eligibility.isBlank() ? null : eligibility.strip();
    }

    /** The public votes while the jury judges, if the space asks for it. */
    public boolean takesVotes() {
        return publicVote && phase == Phase.JUDGING;
    }

    public boolean isPublicVote() {
        return publicVote;
    }

    public String getEligibility() {
        return eligibility;
    }

    public boolean isJudging() {
        return phase == Phase.JUDGING;
    }

    public boolean isScreening() {
        return phase == Phase.SCREENING || (kind == SpaceKind.HACKATHON && phase == Phase.JUDGING);
    }

    /** Adds a participant who joins with one click; false when they had joined already. */
    public boolean join(long accountId) {
        if (!kind.joinsDirectly()) {
            throw new DomainException(Kind.CONFLICT, "space.join.ownFlow");
        }
        return admit(accountId);
    }

    /**
     * Adds a participant whom the kind's own flow has let in (a tester with a place, a member city
     * that accepted the agreement); false when they were in already.
     */
    public boolean admit(long accountId) {
        if (!kind.joinable(phase)) {
            throw new DomainException(Kind.CONFLICT, "space.join.closed");
        }
        return participants.add(accountId);
    }

    /**
     * Opens a consultation for comments again, on its revised version, until a new deadline. The one
     * step back in a life cycle: staff may run several comment rounds before the final version.
     */
    public void reopenForComments(OffsetDateTime newDeadline, OffsetDateTime now) {
        Objects.requireNonNull(now);
        if (kind != SpaceKind.CONSULTATION || phase != Phase.REVIEW) {
            throw new DomainException(Kind.CONFLICT, "space.phase.notAllowed", "phase");
        }
        if (newDeadline == null || !newDeadline.isAfter(now)) {
            throw new DomainException(Kind.INVALID, "space.reopen.deadlineFuture", "submissionDeadline");
        }
        submissionDeadline = newDeadline;
        phase = Phase.OPEN;
    }

    public void leave(long accountId) {
        participants.remove(accountId);
    }

    public boolean isParticipant(long accountId) {
        return participants.contains(accountId);
    }

    public boolean mayBeManagedBy(long accountId, boolean staff) {
        return staff || createdBy == accountId;
    }

    private static <E> void replace(Set<E> target, Collection<E> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Long getId() {
        return id;
    }

    public SpaceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public String getDescriptionSource() {
        return descriptionSource;
    }

    public CityDomain getDomain() {
        return domain;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getCity() {
        return city;
    }

    public String getPlace() {
        return place;
    }

    public OffsetDateTime getOpensAt() {
        return opensAt;
    }

    public OffsetDateTime getSubmissionDeadline() {
        return submissionDeadline;
    }

    public OffsetDateTime getResultsAt() {
        return resultsAt;
    }

    public Phase getPhase() {
        return phase;
    }

    public String getArchiveReason() {
        return archiveReason;
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }

    public Set<ValueStream> getValueStreams() {
        return Set.copyOf(valueStreams);
    }

    public int getParticipantCount() {
        return participants.size();
    }
}
