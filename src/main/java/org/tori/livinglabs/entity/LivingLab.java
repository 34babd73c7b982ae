package org.tori.livinglabs.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Phase;

/**
 * The experiment of a LIVING_LAB space. It holds its testers: places up to the capacity, then a
 * waiting list in order of arrival; a freed place goes to the first in line. Callers lock the
 * space row first, so two sign-ups never both take the last place.
 */
@Entity
@Table(name = "living_lab")
@NamedQuery(
        name = LivingLab.IN_PHASE,
        query = "SELECT l FROM LivingLab l, org.tori.spaces.entity.Space s"
                + " WHERE s.id = l.spaceId AND s.phase = :phase ORDER BY l.spaceId")
public class LivingLab {

    public static final String IN_PHASE = "LivingLab.inPhase";
    public static final int MAX_CAPACITY = 10_000;
    public static final int MAX_QUESTIONS = 10;

    @Id
    @Column(name = "space_id")
    private Long spaceId;

    private String prototype;
    private String location;

    @Column(name = "learning_goals")
    private String learningGoals;

    @Column(name = "tester_profile")
    private String testerProfile;

    private int capacity;

    @Column(name = "return_note")
    private String returnNote;

    @Column(name = "summary_source")
    private String summarySource;

    @Column(name = "summary_html")
    private String summaryHtml;

    @Column(name = "summary_by")
    private Long summaryBy;

    @Column(name = "summary_at")
    private OffsetDateTime summaryAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "living_lab_question", joinColumns = @JoinColumn(name = "space_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "question")
    private List<String> questions = new ArrayList<>();

    @OneToMany(mappedBy = "lab", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<TesterSignup> signups = new ArrayList<>();

    protected LivingLab() {}

    public LivingLab(long spaceId, LabDetails details) {
        this.spaceId = spaceId;
        describe(details, Phase.DRAFT);
    }

    /** Replaces what the experiment says about itself; only while it is a proposal. */
    public void describe(LabDetails details, Phase phase) {
        Objects.requireNonNull(details);
        if (phase != Phase.DRAFT) {
            throw new DomainException(Kind.CONFLICT, "lab.details.fixed");
        }
        prototype = required(details.prototype(), 2000, "prototype");
        location = required(details.location(), 500, "location");
        learningGoals = required(details.learningGoals(), 4000, "learningGoals");
        testerProfile =
                details.testerProfile() == null || details.testerProfile().isBlank()
                        ? null
                        : limited(details.testerProfile().strip(), 2000, "testerProfile");
        if (details.capacity() < 1 || details.capacity() > MAX_CAPACITY) {
            throw new DomainException(Kind.INVALID, "lab.capacity.range", "capacity");
        }
        capacity = details.capacity();
        if (details.questions().isEmpty() || details.questions().size() > MAX_QUESTIONS) {
            throw new DomainException(Kind.INVALID, "lab.questions.count", "questions");
        }
        details.questions().forEach(q -> limited(q, 300, "questions"));
        questions.clear();
        questions.addAll(details.questions());
        returnNote = null;
    }

    /** Staff send a proposal back to the company with what to change; it stays a draft. */
    public void returnToProposer(String note, Phase phase) {
        if (phase != Phase.DRAFT) {
            throw new DomainException(Kind.CONFLICT, "lab.return.notDraft");
        }
        returnNote = required(note, 2000, "note");
    }

    /**
     * Signs a member up while the lab is open or testing: a tester's place while places are free,
     * else the waiting list. Signing up again changes nothing.
     */
    public SignupStatus signUp(long accountId, Phase phase, OffsetDateTime now) {
        if (phase != Phase.OPEN && phase != Phase.TESTING) {
            throw new DomainException(Kind.CONFLICT, "lab.signup.closed");
        }
        var existing = signupOf(accountId);
        if (existing.isPresent()) {
            return existing.get().getStatus();
        }
        var status = testers() < capacity ? SignupStatus.TESTER : SignupStatus.WAITING;
        signups.add(new TesterSignup(this, accountId, status, now));
        return status;
    }

    /** Takes the member off the lab; a tester's freed place goes to the first in line, who is returned. */
    public Optional<Long> withdraw(long accountId) {
        var signup =
                signupOf(accountId).orElseThrow(() -> new DomainException(Kind.CONFLICT, "lab.withdraw.notSignedUp"));
        signups.remove(signup);
        if (!signup.isTester()) {
            return Optional.empty();
        }
        var first = signups.stream().filter(s -> !s.isTester()).findFirst();
        first.ifPresent(TesterSignup::promote);
        return first.map(TesterSignup::getAccountId);
    }

    /** Refuses feedback from anyone but a tester, and outside the testing phase and its window. */
    public void checkTakesFeedback(long accountId, Phase phase, TestWindow window, OffsetDateTime now) {
        if (!isTester(accountId)) {
            throw new DomainException(Kind.FORBIDDEN, "lab.feedback.testersOnly");
        }
        if (phase != Phase.TESTING || !window.contains(now)) {
            throw new DomainException(Kind.CONFLICT, "lab.feedback.outsideWindow");
        }
    }

    /** The company or staff publish what the experiment taught, once testing has begun. */
    public void publishSummary(String source, String html, long by, Phase phase, OffsetDateTime now) {
        if (phase != Phase.TESTING && phase != Phase.RESULTS) {
            throw new DomainException(Kind.CONFLICT, "lab.summary.notYet");
        }
        summarySource = required(source, 20000, "summary");
        summaryHtml = Objects.requireNonNull(html);
        summaryBy = by;
        summaryAt = Objects.requireNonNull(now);
    }

    public boolean hasSummary() {
        return summarySource != null;
    }

    public boolean isTester(long accountId) {
        return signupOf(accountId).map(TesterSignup::isTester).orElse(false);
    }

    /** The member's place in line, counted from 1; 0 when not waiting. */
    public int waitingPosition(long accountId) {
        int position = 0;
        for (var s : signups) {
            if (!s.isTester()) {
                position++;
                if (s.getAccountId() == accountId) {
                    return position;
                }
            }
        }
        return 0;
    }

    public Optional<SignupStatus> statusOf(long accountId) {
        return signupOf(accountId).map(TesterSignup::getStatus);
    }

    public int testers() {
        return (int) signups.stream().filter(TesterSignup::isTester).count();
    }

    public int waiting() {
        return signups.size() - testers();
    }

    public List<Long> testerIds() {
        return signups.stream()
                .filter(TesterSignup::isTester)
                .map(TesterSignup::getAccountId)
                .toList();
    }

    private Optional<TesterSignup> signupOf(long accountId) {
        return signups.stream().filter(s -> s.getAccountId() == accountId).findFirst();
    }

    private static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(Kind.INVALID, "lab." + field + ".required", field);
        }
        return limited(value.strip(), max, field);
    }

    private static String limited(String value, int max, String field) {
        if (value.length() > max) {
            throw new DomainException(Kind.INVALID, "lab.tooLong", field);
        }
        return value;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public String getPrototype() {
        return prototype;
    }

    public String getLocation() {
        return location;
    }

    public String getLearningGoals() {
        return learningGoals;
    }

    public String getTesterProfile() {
        return testerProfile;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public String getSummarySource() {
        return summarySource;
    }

    public String getSummaryHtml() {
        return summaryHtml;
    }

    public OffsetDateTime getSummaryAt() {
        return summaryAt;
    }

    public List<String> getQuestions() {
        return List.copyOf(questions);
    }
}
