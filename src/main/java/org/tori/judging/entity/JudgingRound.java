package org.tori.judging.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A further judging round: the top N of the previous round (with everyone tied at the cut) are
 * scored again, on a clean sheet. Round 1 is implicit: every eligible entry.
 */
@Entity
@Table(name = "judging_round")
@IdClass(JudgingRound.Key.class)
@NamedQuery(
        name = JudgingRound.OF_SPACE,
        query = "SELECT r FROM JudgingRound r WHERE r.spaceId = :space ORDER BY r.round")
public class JudgingRound {

    public static final String OF_SPACE = "JudgingRound.ofSpace";

    /** The key: space and round number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long spaceId;
        int round;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.spaceId == spaceId && k.round == round;
        }

        @Override
        public int hashCode() {
            return Objects.hash(spaceId, round);
        }
    }

    @Id
    @Column(name = "space_id")
    private long spaceId;

    @Id
    private int round;

    @Column(name = "top_n")
    private int topN;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "round_entry",
            joinColumns = {
                @JoinColumn(name = "space_id", referencedColumnName = "space_id"),
                @JoinColumn(name = "round", referencedColumnName = "round")
            })
    @Column(name = "entry_id")
    private Set<Long> entries = new LinkedHashSet<>();

    protected JudgingRound() {}

    /** Takes the top N of the previous round's ranking on to a new round; ties at the cut all go on. */
    public JudgingRound(
            long spaceId, int previousRound, List<ScoreSheet.Ranked> previous, int topN, OffsetDateTime now) {
        if (topN < 1) {
            throw new DomainException(Kind.INVALID, "round.topN.range", "topN");
        }
        var onward = previous.stream()
                .filter(r -> r.rank() <= topN)
                .map(ScoreSheet.Ranked::entryId)
                .toList();
        if (onward.isEmpty() || onward.size() >= previous.size()) {
            throw new DomainException(Kind.CONFLICT, "round.cut", "topN");
        }
        this.spaceId = spaceId;
        this.round = previousRound + 1;
        this.topN = topN;
        this.startedAt = Objects.requireNonNull(now);
        this.entries.addAll(onward);
    }

    public int getRound() {
        return round;
    }

    public int getTopN() {
        return topN;
    }

    public Set<Long> getEntries() {
        return Set.copyOf(entries);
    }
}
