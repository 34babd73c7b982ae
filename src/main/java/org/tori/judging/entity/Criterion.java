package org.tori.judging.entity;

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
import java.util.Objects;
import org.tori.platform.DomainException;

/** One thing the jury scores, with its weight in the total and, optionally, the impact value it stands for. */
@Entity
@Table(name = "criterion")
@NamedQuery(name = Criterion.OF_SPACE, query = "SELECT c FROM Criterion c WHERE c.spaceId = :space ORDER BY c.position")
public class Criterion {

    public static final String OF_SPACE = "Criterion.ofSpace";

    @Id
    @SequenceGenerator(name = "criterion_seq", sequenceName = "criterion_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criterion_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    private String name;
    private int weight;

    @Enumerated(EnumType.STRING)
    private ImpactValue impact;

    private int position;
    private String description;

    protected Criterion() {}

    public Criterion(long spaceId, String name, int weight, ImpactValue impact, int position) {
        this(spaceId, name, null, weight, impact, position);
    }

    /** A criterion with what it asks of the jury (optional, at most 1,000 characters). */
    public Criterion(long spaceId, String name, String description, int weight, ImpactValue impact, int position) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new DomainException(DomainException.Kind.INVALID, "criterion.name.required", "name");
        }
        if (weight < 1 || weight > 100) {
            throw new DomainException(DomainException.Kind.INVALID, "criterion.weight.range", "weight");
        }
        this.spaceId = spaceId;
        this.name = Objects.requireNonNull(name).strip();
        this.weight = weight;
        this.impact = impact;
        this.position = position;
        if (description != null && description.strip().length() > 1000) {
            throw new DomainException(DomainException.Kind.INVALID, "criterion.description.long", "description");
        }
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public String getDescription() {
        return description;
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }

    public ImpactValue getImpact() {
        return impact;
    }
}
