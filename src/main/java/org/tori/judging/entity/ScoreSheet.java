package org.tori.judging.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The arithmetic of judging, kept apart from storage so it can be checked by hand. Each juror's
 * total for an entry is the weighted mean of their points over the criteria; an entry's score is
 * the mean of its jurors' totals, leaving out jurors with a declared conflict; entries with equal
 * scores share a rank (1, 2, 2, 4).
 */
public final class ScoreSheet {

    /** Points one juror gave one entry on one criterion, 0 to 10. */
    public record Mark(long entryId, long jurorId, long criterionId, int points) {
        public Mark {
            if (points < 0 || points > 10) {
                throw new IllegalArgumentException("points are 0 to 10");
            }
        }
    }

    public record Weight(long criterionId, int weight) {
        public Weight {
            if (weight <= 0) {
                throw new IllegalArgumentException("weights are positive");
            }
        }
    }

    public record Conflict(long entryId, long jurorId) {}

    /** An entry's place: its score to two decimals, rank, whether it shares the rank, how many jurors counted. */
    public record Ranked(long entryId, BigDecimal score, int rank, boolean tied, int jurors) {}

    private ScoreSheet() {}

    public static List<Ranked> rank(
            List<Long> entries, List<Weight> weights, List<Mark> marks, Set<Conflict> conflicts) {
        Objects.requireNonNull(entries);
        var weightOf = new HashMap<Long, Integer>();
        weights.forEach(w -> weightOf.put(w.criterionId(), w.weight()));
        int totalWeight = weights.stream().mapToInt(Weight::weight).sum();

        // entry -> juror -> weighted sum over criteria; only complete score cards count
        var sums = new HashMap<Long, Map<Long, long[]>>();
        for (var mark : marks) {
            if (conflicts.contains(new Conflict(mark.entryId(), mark.jurorId()))
                    || !weightOf.containsKey(mark.criterionId())) {
                continue;
            }
            var card = sums.computeIfAbsent(mark.entryId(), e -> new HashMap<>())
                    .computeIfAbsent(mark.jurorId(), j -> new long[2]);
            card[0] += (long) mark.points() * weightOf.get(mark.criterionId());
            card[1] += weightOf.get(mark.criterionId());
        }
        var scored = new ArrayList<Ranked>();
        for (var entry : entries) {
            var cards = sums.getOrDefault(entry, Map.of()).values().stream()
                    .filter(c -> c[1] == totalWeight)
                    .toList();
            var score = cards.isEmpty()
                    ? BigDecimal.ZERO
                    : cards.stream()
                            .map(c ->
                                    BigDecimal.valueOf(c[0]).divide(BigDecimal.valueOf(c[1]), 10, RoundingMode.HALF_UP))
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(cards.size()), 2, RoundingMode.HALF_UP);
            scored.add(new Ranked(entry, score.setScale(2, RoundingMode.HALF_UP), 0, false, cards.size()));
        }
        scored.sort(Comparator.comparing(Ranked::score).reversed().thenComparing(Ranked::entryId));
        var ranked = new ArrayList<Ranked>();
        for (int i = 0; i < scored.size(); i++) {
            var current = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).score().compareTo(current.score()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            boolean tied = (i > 0 && scored.get(i - 1).score().compareTo(current.score()) == 0)
                    || (i + 1 < scored.size() && scored.get(i + 1).score().compareTo(current.score()) == 0);
            ranked.add(new Ranked(current.entryId(), current.score(), rank, tied, current.jurors()));
        }
        return ranked;
    }

    /**
     * The final standings over several rounds: the last round's ranking first, then those who left
     * in earlier rounds, each keeping the place they had in the round they left. The top N of a
     * round were exactly its places 1..N (ties at the cut went on), so those places stay unique.
     *
     * @param rounds each round's ranking, first round first
     */
    public static List<Ranked> standings(List<List<Ranked>> rounds) {
        var standings = new ArrayList<Ranked>();
        var placed = new HashSet<Long>();
        for (int r = rounds.size() - 1; r >= 0; r--) {
            for (var ranked : rounds.get(r)) {
                if (placed.add(ranked.entryId())) {
                    standings.add(ranked);
                }
            }
        }
        return standings;
    }
}
