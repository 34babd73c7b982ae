package org.tori.roadmap.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tori.knowledge.entity.Reader;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * A goal, project or work package of the programme. A leaf shows its own progress, else its
 * status's default; an item with children shows their (weighted) mean, so a goal's bar moves when
 * its projects move. Each item is public, for partners or for staff, as lessons are.
 */
@Entity
@Table(name = "roadmap_item")
@NamedQuery(name = RoadmapItem.ALL, query = "SELECT i FROM RoadmapItem i ORDER BY i.startsOn, i.id")
@NamedQuery(name = RoadmapItem.BY_EXTERNAL_ID, query = "SELECT i FROM RoadmapItem i WHERE i.externalId = :externalId")
@NamedQuery(name = RoadmapItem.COUNT, query = "SELECT COUNT(i) FROM RoadmapItem i")
public class RoadmapItem {

    public static final String ALL = "RoadmapItem.all";
    public static final String BY_EXTERNAL_ID = "RoadmapItem.byExternalId";
    public static final String COUNT = "RoadmapItem.count";
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 4000;
    public static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

    @Id
    @SequenceGenerator(name = "roadmap_item_seq", sequenceName = "roadmap_item_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private RoadmapItem parent;

    @OneToMany(mappedBy = "parent")
    private List<RoadmapItem> children = new ArrayList<>();

    private String title;
    private String summary;
    private String owner;

    @Column(name = "value_streams")
    private String valueStreams;

    private String themes;

    @Enumerated(EnumType.STRING)
    private CityDomain domain;

    private String city;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "budget_eur")
    private BigDecimal budgetEur;

    @Column(name = "expected_impact")
    private String expectedImpact;

    @Embedded
    private ExpectedImpact impacts;

    @ManyToOne(optional = false)
    @JoinColumn(name = "status_id")
    private RoadmapStatus status;

    @Column(name = "own_progress")
    private Integer ownProgress;

    private BigDecimal weight;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Column(name = "external_id")
    private String externalId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "roadmap_origin", joinColumns = @JoinColumn(name = "item_id"))
    private Set<Origin> origins = new HashSet<>();

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected RoadmapItem() {}

    public RoadmapItem(ItemFacts facts, RoadmapStatus status, OffsetDateTime now) {
        this.createdAt = Objects.requireNonNull(now);
        describe(facts, status, now);
    }

    /** Writes what staff entered; a refusal names the field at fault. */
    public final void describe(ItemFacts facts, RoadmapStatus newStatus, OffsetDateTime now) {
        var cleanTitle = text(facts.title(), MAX_TITLE, "roadmap.title.required", "title");
        var cleanSummary = text(facts.summary(), MAX_SUMMARY, "roadmap.summary.required", "summary");
        if (facts.startsOn() != null
                && facts.plannedEnd() != null
                && facts.plannedEnd().isBefore(facts.startsOn())) {
            throw new DomainException(Kind.INVALID, "roadmap.dates.order", "plannedEnd");
        }
        if (facts.budgetEur() != null
                && (facts.budgetEur().signum() < 0 || facts.budgetEur().compareTo(MAX_BUDGET) > 0)) {
            throw new DomainException(Kind.INVALID, "roadmap.budget.range", "budget");
        }
        if (facts.weight() != null
                && (facts.weight().signum() < 0 || facts.weight().compareTo(new BigDecimal("999999")) > 0)) {
            throw new DomainException(Kind.INVALID, "roadmap.weight.range", "weight");
        }
        if (facts.ownProgress() != null) {
            Progress.check(facts.ownProgress(), "ownProgress");
        }
        this.title = cleanTitle;
        this.summary = cleanSummary;
        this.owner = optional(facts.owner(), 200, "owner");
        this.city = optional(facts.city(), 120, "city");
        this.expectedImpact = optional(facts.expectedImpact(), 2000, "expectedImpact");
        this.valueStreams =
                facts.valueStreams().stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
        this.themes = facts.themes().stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
        this.domain = facts.domain();
        this.startsOn = facts.startsOn();
        this.plannedEnd = facts.plannedEnd();
        this.budgetEur = facts.budgetEur();
        this.ownProgress = facts.ownProgress();
        this.weight = facts.weight();
        this.visibility = facts.visibility() == null ? Visibility.PUBLIC : facts.visibility();
        changeStatus(newStatus, now);
    }

    /** A new status; reaching an end (completed or stopped) dates the item's end, leaving it undates that. */
    public void changeStatus(RoadmapStatus newStatus, OffsetDateTime now) {
        Objects.requireNonNull(newStatus, "status");
        boolean wasOpen = status == null || status.getOutcome() == Outcome.OPEN;
        this.status = newStatus;
        if (newStatus.getOutcome() == Outcome.OPEN) {
            endedOn = null;
        } else if (wasOpen || endedOn == null) {
            endedOn = ProgramTime.dateOf(now);
        }
    }

    /** Places the item under another (null: at the top); an item never ends up under itself. */
    public void moveUnder(RoadmapItem newParent) {
        for (var p = newParent; p != null; p = p.parent) {
            if (p == this) {
                throw new DomainException(Kind.INVALID, "roadmap.parent.cycle", "parent");
            }
        }
        if (parent != null) {
            parent.children.remove(this);
        }
        parent = newParent;
        if (newParent != null && !newParent.children.contains(this)) {
            newParent.children.add(this);
        }
    }

    /** The progress shown: children's (weighted) mean, else the item's own, else its status's default. */
    public int progress() {
        if (children.isEmpty()) {
            return ownProgress != null ? ownProgress : status.getDefaultProgress();
        }
        return Progress.rollUp(children.stream()
                .map(c -> new Progress.Share(c.progress(), c.weight))
                .toList());
    }

    /** Progress reported at a milestone: the item's own, from now on. */
    public void reportProgress(int percent) {
        this.ownProgress = Progress.check(percent, "progress");
    }

    public boolean readableBy(Reader reader) {
        return reader.mayRead(visibility);
    }

    /** Completed, and no later than planned (an item without a planned end counts as on time). */
    public boolean completedAsPlanned() {
        return status.getOutcome() == Outcome.COMPLETED
                && endedOn != null
                && (plannedEnd == null || !endedOn.isAfter(plannedEnd));
    }

    /** Runs during the given days (an undated item runs always; an open end runs on). */
    public boolean runsBetween(LocalDate from, LocalDate to) {
        var end = endedOn != null ? endedOn : plannedEnd;
        return (startsOn == null || !startsOn.isAfter(to)) && (end == null || !end.isBefore(from));
    }

    /** What the item is expected to bring in each of the four values. */
    public void expectImpact(ExpectedImpact expected) {
        this.impacts = Objects.requireNonNull(expected);
    }

    public ExpectedImpact getImpacts() {
        return impacts == null ? ExpectedImpact.of(Map.of()) : impacts;
    }

    public void linkOrigin(Origin origin) {
        origins.add(Objects.requireNonNull(origin));
    }

    public void replaceOrigins(Set<Origin> newOrigins) {
        origins.clear();
        origins.addAll(newOrigins);
    }

    /**
     * Records what staff decided on a pilot this item came from, dated that day. A stop moves the item
     * to {@code stopped} and a scale-up to {@code scaling} (either may be missing from the status list:
     * then the status stays); continuing leaves it. The entry keeps the status and progress before.
     */
    public PilotDecision recordPilotDecision(
            long pilotId,
            String pilotTitle,
            Decision decision,
            String reason,
            RoadmapStatus stopped,
            RoadmapStatus scaling,
            OffsetDateTime now) {
        Objects.requireNonNull(decision, "decision");
        if (!origins.contains(new Origin(OriginKind.PILOT, pilotId))) {
            throw new DomainException(Kind.CONFLICT, "roadmap.pilot.notOrigin");
        }
        if (pilotTitle == null || pilotTitle.isBlank()) {
            throw new IllegalArgumentException("pilot title");
        }
        var cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (cleanReason != null && cleanReason.length() > PilotDecision.MAX_REASON) {
            cleanReason = cleanReason.substring(0, PilotDecision.MAX_REASON);
        }
        var made = new PilotDecision(
                this,
                pilotId,
                pilotTitle.strip().substring(0, Math.min(pilotTitle.strip().length(), MAX_TITLE)),
                decision,
                cleanReason,
                ProgramTime.dateOf(now),
                status,
                progress(),
                now);
        var next = decision == Decision.STOP ? stopped : decision == Decision.SCALE_UP ? scaling : null;
        if (next != null && next != status) {
            changeStatus(next, now);
        }
        return made;
    }

    public void identifyAs(String newExternalId) {
        this.externalId = newExternalId == null || newExternalId.isBlank() ? null : newExternalId.strip();
    }

    private static String text(String value, int max, String key, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(Kind.INVALID, key, field);
        }
        if (value.strip().length() > max) {
            throw new DomainException(Kind.INVALID, "roadmap.text.tooLong", field);
        }
        return value.strip();
    }

    private static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new DomainException(Kind.INVALID, "roadmap.text.tooLong", field);
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public RoadmapItem getParent() {
        return parent;
    }

    public List<RoadmapItem> getChildren() {
        return List.copyOf(children);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getOwner() {
        return owner;
    }

    public Set<ValueStream> getValueStreams() {
        return parse(valueStreams, ValueStream.class);
    }

    public Set<Theme> getThemes() {
        return parse(themes, Theme.class);
    }

    private static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type) {
        var set = EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(" ")).forEach(c -> set.add(Enum.valueOf(type, c)));
        }
        return set;
    }

    public CityDomain getDomain() {
        return domain;
    }

    public String getCity() {
        return city;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public BigDecimal getBudgetEur() {
        return budgetEur;
    }

    public String getExpectedImpact() {
        return expectedImpact;
    }

    public RoadmapStatus getStatus() {
        return status;
    }

    public Integer getOwnProgress() {
        return ownProgress;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getExternalId() {
        return externalId;
    }

    public Set<Origin> getOrigins() {
        return Set.copyOf(origins);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
