package org.tori.roadmap.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** The roll-up arithmetic: a percentage from 0 to 100, and the (weighted) mean of children. */
public final class Progress {

    /** A child's progress and its weight (null: not weighted). */
    public record Share(int progress, BigDecimal weight) {}

    private Progress() {}

    public static int check(Integer percent, String field) {
        if (percent == null || percent < 0 || percent > 100) {
            throw new DomainException(Kind.INVALID, "roadmap.progress.range", field);
        }
        return percent;
    }

    /**
     * The mean of the children, weighted when any child carries a weight; a child without one then
     * counts once (weight 1). Weights that add up to nothing fall back to the plain mean.
     */
    public static int rollUp(List<Share> children) {
        if (children.isEmpty()) {
            throw new IllegalArgumentException("nothing to roll up");
        }
        boolean weighted = children.stream().anyMatch(c -> c.weight() != null);
        if (weighted) {
            var total = BigDecimal.ZERO;
            var sum = BigDecimal.ZERO;
            for (var c : children) {
                var w = c.weight() == null ? BigDecimal.ONE : c.weight();
                total = total.add(w);
                sum = sum.add(w.multiply(BigDecimal.valueOf(c.progress())));
            }
            if (total.signum() > 0) {
                return sum.divide(total, 0, RoundingMode.HALF_UP).intValue();
            }
        }
        return (int)
                Math.round(children.stream().mapToInt(Share::progress).average().orElse(0));
    }
}
