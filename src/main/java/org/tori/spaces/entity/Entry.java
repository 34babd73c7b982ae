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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A concept (hackathon) or entry (contest) submitted to a space, and how staff screened it. */
@Entity
@Table(name = "entry")
@NamedQuery(name = Entry.OF_SPACE, query = "SELECT e FROM Entry e WHERE e.spaceId = :space ORDER BY e.id")
@NamedQuery(
        name = Entry.BY_SUBMITTER,
        query = "SELECT e FROM Entry e WHERE e.spaceId = :space AND e.submitterId = :submitter")
@NamedQuery(name = Entry.BY_TEAM, query = "SELECT e FROM Entry e WHERE e.teamId = :team")
public class Entry {

    public static final String OF_SPACE = "Entry.ofSpace";
    public static final String BY_SUBMITTER = "Entry.bySubmitter";
    public static final String BY_TEAM = "Entry.byTeam";
    public static final int MAX_ANSWER = 4000;

    public enum Screening {
        SUBMITTED,
        ELIGIBLE,
        INCOMPLETE,
        OFF_TOPIC;

        /** How the state reads: an unscreened entry stops "waiting for screening" once screening is over. */
        public String labelKey(boolean screeningOver) {
            return this == SUBMITTED && screeningOver ? "entry.screening.SUBMITTED.over" : "entry.screening." + name();
        }
    }

    @Id
    @SequenceGenerator(name = "entry_seq", sequenceName = "entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entry_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Column(name = "submitter_id")
    private long submitterId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "challenge_id")
    private Long challengeId;

    private String title;
    private String problem;
    private String solution;

    @Column(name = "business_model")
    private String businessModel;

    @Column(name = "demo_link")
    private String demoLink;

    @Enumerated(EnumType.STRING)
    private Screening screening;

    @Column(name = "screening_reason")
    private String screeningReason;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Version
    private long version;

    /** The entrant's answer to each judging criterion, by criterion id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entry_answer", joinColumns = @JoinColumn(name = "entry_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "answer")
    private Map<Long, String> answers = new TreeMap<>();

    protected Entry() {}

    /**
     * @param team the submitter's team in this space, or null for one person's contest entry; a
     *             hackathon concept always comes from a team
     */
    public Entry(
            Space space,
            Team team,
            long submitterId,
            String title,
            String problem,
            String solution,
            String businessModel,
            String demoLink,
            OffsetDateTime now) {
        space.checkAcceptsEntries(now);
        if (space.getKind().entriesNeedTeam() && team == null) {
            throw new DomainException(Kind.CONFLICT, "entry.teamRequired");
        }
        if (team != null && (team.getSpaceId() != space.getId() || !team.isMember(submitterId))) {
            throw new DomainException(Kind.FORBIDDEN, "entry.notYourTeam");
        }
        this.spaceId = space.getId();
        this.submitterId = submitterId;
        this.teamId = team == null ? null : team.getId();
        this.title = Objects.requireNonNull(title).strip();
        this.problem = problem;
        this.solution = solution;
        this.businessModel = businessModel;
        this.demoLink = demoLink;
        this.screening = Screening.SUBMITTED;
        this.submittedAt = now;
    }

    /**
     * Records the answers to the space's criteria: every criterion needs an answer, and no answer may
     * name a criterion the space does not have.
     */
    public void answer(Collection<Long> criteria, Map<Long, String> given) {
        var clean = new TreeMap<Long, String>();
        for (var criterion : criteria) {
            var text = given == null ? null : given.get(criterion);
            if (text == null || text.isBlank()) {
                throw new DomainException(Kind.INVALID, "entry.answer.required", "answer-" + criterion);
            }
            if (text.length() > MAX_ANSWER) {
                throw new DomainException(Kind.INVALID, "entry.answer.tooLong", "answer-" + criterion);
            }
            clean.put(criterion, text.strip());
        }
        if (given != null && !criteria.containsAll(given.keySet())) {
            throw new DomainException(Kind.INVALID, "entry.answer.unknown", "answers");
        }
        answers.clear();
        answers.putAll(clean);
    }

    /** Names the challenge the entry answers: one of its own space's, and one is needed when the space posts any. */
    public void answerChallenge(Challenge challenge, boolean spaceHasChallenges) {
        if (challenge == null && spaceHasChallenges) {
            throw new DomainException(Kind.INVALID, "entry.challenge.required", "challengeId");
        }
        if (challenge != null && challenge.getSpaceId() != spaceId) {
            throw new DomainException(Kind.INVALID, "entry.challenge.required", "challengeId");
        }
        this.challengeId = challenge == null ? null : challenge.getId();
    }

    public Long getChallengeId() {
        return challengeId;
    }

    /** Whether this member may read and add to the entry: its submitter or a member of its team. */
    public boolean belongsTo(long accountId, Team team) {
        return submitterId == accountId
                || (team != null && teamId != null && team.getId().equals(teamId) && team.isMember(accountId));
    }

    /** Staff decide whether the entry goes to the jury; refusals carry the reason sent to the entrant. */
    public void screen(Screening decision, String reason) {
        if (decision == Screening.SUBMITTED) {
            throw new DomainException(Kind.INVALID, "entry.screening.decide", "screening");
        }
        if (decision != Screening.ELIGIBLE && (reason == null || reason.isBlank())) {
            throw new DomainException(Kind.INVALID, "entry.screening.reason", "reason");
        }
        screening = decision;
        screeningReason = decision == Screening.ELIGIBLE ? null : reason.strip();
    }

    public boolean isJudgeable() {
        return screening == Screening.SUBMITTED || screening == Screening.ELIGIBLE;
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public long getSubmitterId() {
        return submitterId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Map<Long, String> getAnswers() {
        return Map.copyOf(answers);
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getSolution() {
        return solution;
    }

    public String getBusinessModel() {
        return businessModel;
    }

    public String getDemoLink() {
        return demoLink;
    }

    public Screening getScreening() {
        return screening;
    }

    public String getScreeningReason() {
        return screeningReason;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }
}
