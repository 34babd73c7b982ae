package org.tori.spaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A concept (hackathon) or entry (contest) submitted to a space, and how staff screened it. */
@Entity
@Table(name = "entry")
@NamedQuery(name = Entry.OF_SPACE, query = "SELECT e FROM Entry e WHERE e.spaceId = :space ORDER BY e.id")
@NamedQuery(name = Entry.BY_SUBMITTER, query = "SELECT e FROM Entry e WHERE e.spaceId = :space AND e.submitterId = :submitter")
public class Entry {

    public static final String OF_SPACE = "Entry.ofSpace";
    public static final String BY_SUBMITTER = "Entry.bySubmitter";

    public enum Screening { SUBMITTED, ELIGIBLE, INCOMPLETE, OFF_TOPIC }

    @Id
    @SequenceGenerator(name = "entry_seq", sequenceName = "entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entry_seq")
    private Long id;
    @Column(name = "space_id")
    private long spaceId;
    @Column(name = "submitter_id")
    private long submitterId;
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

    protected Entry() {
    }

    public Entry(Space space, long submitterId, String title, String problem, String solution, String businessModel,
            String demoLink, OffsetDateTime now) {
        space.checkAcceptsEntries(now);
        this.spaceId = space.getId();
        this.submitterId = submitterId;
        this.title = Objects.requireNonNull(title).strip();
        this.problem = problem;
        this.solution = solution;
        this.businessModel = businessModel;
        this.demoLink = demoLink;
        this.screening = Screening.SUBMITTED;
        this.submittedAt = now;
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
