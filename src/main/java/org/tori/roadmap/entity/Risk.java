package org.tori.roadmap.entity;

import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A risk to an item: what could go wrong, how likely and how hard it would hit, what is done about
 * it and who sees to it. Staff-only unless staff mark it public; a closed risk stays on record.
 */
@Entity
@Table(name = "roadmap_risk")
@NamedQuery(name = Risk.OF_ITEM, query = "SELECT r FROM Risk r WHERE r.item.id = :item ORDER BY r.closed, r.id")
public class Risk {

    public static final String OF_ITEM = "Risk.ofItem";

    @Id
    @SequenceGenerator(name = "roadmap_risk_seq", sequenceName = "roadmap_risk_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_risk_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private RoadmapItem item;

    private String title;

    @Enumerated(EnumType.STRING)
    private RiskLevel likelihood;

    @Enumerated(EnumType.STRING)
    private RiskLevel impact;

    private String mitigation;
    private String owner;
    private boolean shown;
    private boolean closed;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Risk() {}

    public Risk(
            RoadmapItem item,
            String title,
            RiskLevel likelihood,
            RiskLevel impact,
            String mitigation,
            String owner,
            boolean shown,
            OffsetDateTime now) {
        this.item = Objects.requireNonNull(item);
        if (title == null || title.isBlank()) {
            throw new DomainException(Kind.INVALID, "roadmap.risk.title.required", "riskTitle");
        }
        this.title = within(title, 200, "riskTitle");
        if (likelihood == null) {
            throw new DomainException(Kind.INVALID, "roadmap.risk.level.required", "riskLikelihood");
        }
        if (impact == null) {
            throw new DomainException(Kind.INVALID, "roadmap.risk.level.required", "riskImpact");
        }
        this.likelihood = likelihood;
        this.impact = impact;
        this.mitigation = within(mitigation, 2000, "riskMitigation");
        this.owner = within(owner, 200, "riskOwner");
        this.shown = shown;
        this.createdAt = Objects.requireNonNull(now);
    }

    private static String within(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new DomainException(Kind.INVALID, "roadmap.text.tooLong", field);
        }
        return text.strip();
    }

    /** Staff see every risk; others see public risks of items they may read. */
    public boolean readableBy(Reader reader) {
        return reader.staff() || (shown && item.readableBy(reader));
    }

    public void close() {
        closed = true;
    }

    public Long getId() {
        return id;
    }

    public RoadmapItem getItem() {
        return item;
    }

    public String getTitle() {
        return title;
    }

    public RiskLevel getLikelihood() {
        return likelihood;
    }

    public RiskLevel getImpact() {
        return impact;
    }

    public String getMitigation() {
        return mitigation;
    }

    public String getOwner() {
        return owner;
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isClosed() {
        return closed;
    }
}
