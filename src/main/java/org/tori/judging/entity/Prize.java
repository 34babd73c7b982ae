package org.tori.judging.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A prize category of a space: a place in the jury's ranking, the public vote, or the best entry
 * on the criteria of one impact value. Awarded once, when results are published.
 */
@Entity
@Table(name = "prize")
@NamedQuery(name = Prize.OF_SPACE, query = "SELECT p FROM Prize p WHERE p.spaceId = :space ORDER BY p.position")
public class Prize {

    public static final String OF_SPACE = "Prize.ofSpace";

    /** What decides who wins the prize. */
    public enum Basis {
        PLACE,
        PUBLIC_VOTE,
        IMPACT
    }

    @Id
    @SequenceGenerator(name = "prize_seq", sequenceName = "prize_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prize_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    private String name;

    @Column(name = "amount_eur")
    private BigDecimal amountEur;

    @Enumerated(EnumType.STRING)
    private Basis basis;

    private Integer place;

    @Enumerated(EnumType.STRING)
    private ImpactValue impact;

    private int position;
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "prize_award", joinColumns = @JoinColumn(name = "prize_id"))
    @Column(name = "entry_id")
    private Set<Long> winners = new LinkedHashSet<>();

    protected Prize() {}

    public String getDescription() {
        return description;
    }

    public Prize(
            long spaceId,
            String name,
            BigDecimal amountEur,
            Basis basis,
            Integer place,
            ImpactValue impact,
            int position) {
        this(spaceId, name, amountEur, null, basis, place, impact, position);
    }

    /** A prize with an amount, a description of what it gives (a pilot, a mentor), or both. */
    public Prize(
            long spaceId,
            String name,
            BigDecimal amountEur,
            String description,
            Basis basis,
            Integer place,
            ImpactValue impact,
            int position) {
        if (description != null && description.strip().length() > 1000) {
            throw new DomainException(Kind.INVALID, "prize.description.long", "description");
        }
        this.description = description == null || description.isBlank() ? null : description.strip();
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new DomainException(Kind.INVALID, "prize.name.required", "name");
        }
        if (basis == null) {
            throw new DomainException(Kind.INVALID, "prize.basis.required", "basis");
        }
        if (basis == Basis.PLACE && (place == null || place < 1)) {
            throw new DomainException(Kind.INVALID, "prize.place.required", "place");
        }
        if (basis == Basis.IMPACT && impact == null) {
            throw new DomainException(Kind.INVALID, "prize.impact.required", "impact");
        }
        if (amountEur != null
                && (amountEur.signum() < 0
                        || amountEur.precision() - amountEur.scale() > 10
                        || amountEur.stripTrailingZeros().scale() > 2)) {
            throw new DomainException(Kind.INVALID, "prize.amount.invalid", "amountEur");
        }
        this.spaceId = spaceId;
        this.name = name.strip();
        this.amountEur = amountEur;
        this.basis = basis;
        this.place = basis == Basis.PLACE ? place : null;
        this.impact = basis == Basis.IMPACT ? impact : null;
        this.position = position;
    }

    /**
     * Awards the prize from the final standings: every entry at the prize's place (ties share it),
     * the entries with most public votes, or the best on the impact's criteria. Nobody wins a
     * category nobody qualifies for.
     */
    public void award(List<ScoreSheet.Ranked> standings, Map<Long, Long> votes, Map<Long, BigDecimal> impactScores) {
        if (!winners.isEmpty()) {
            return;
        }
        Collection<Long> chosen = switch (basis) {
            case PLACE ->
                standings.stream()
                        .filter(r -> r.rank() == place)
                        .map(ScoreSheet.Ranked::entryId)
                        .toList();
            case PUBLIC_VOTE ->
                best(votes.entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> BigDecimal.valueOf(e.getValue()))));
            case IMPACT -> best(impactScores);
        };
        winners.addAll(chosen);
    }

    private static List<Long> best(Map<Long, BigDecimal> values) {
        var top = values.values().stream().max(BigDecimal::compareTo);
        return top.map(max -> values.entrySet().stream()
                        .filter(e -> e.getValue().compareTo(max) == 0)
                        .map(Map.Entry::getKey)
                        .sorted()
                        .toList())
                .orElse(List.of());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public Basis getBasis() {
        return basis;
    }

    public Integer getPlace() {
        return place;
    }

    public ImpactValue getImpact() {
        return impact;
    }

    public Set<Long> getWinners() {
        return Set.copyOf(winners);
    }
}
