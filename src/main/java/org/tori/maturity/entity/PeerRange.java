package org.tori.maturity.entity;

import java.util.List;
import java.util.Optional;

/**
 * What peers' levels in one dimension may show: their median, lowest and highest — and only when at
 * least {@link #MIN_CITIES} cities shared, so that no city's answer can be read off the aggregate.
 */
public record PeerRange(int cities, double median, int lowest, int highest) {

    public static final int MIN_CITIES = 3;

    /** The levels of the sharing peers, one per city; empty when fewer than three cities shared. */
    public static Optional<PeerRange> of(List<Integer> levels) {
        if (levels == null || levels.size() < MIN_CITIES) {
            return Optional.empty();
        }
        var sorted = levels.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return Optional.of(new PeerRange(n, median, sorted.get(0), sorted.get(n - 1)));
    }
}
