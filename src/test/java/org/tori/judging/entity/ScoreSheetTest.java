package org.tori.judging.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.judging.entity.ScoreSheet.Conflict;
import org.tori.judging.entity.ScoreSheet.Mark;
import org.tori.judging.entity.ScoreSheet.Weight;

class ScoreSheetTest {

    // criterion 1 "impact" weighs 3, criterion 2 "feasibility" weighs 1
    private static final List<Weight> WEIGHTS = List.of(new Weight(1, 3), new Weight(2, 1));

    private static List<Mark> card(long entry, long juror, int impact, int feasibility) {
        return List.of(new Mark(entry, juror, 1, impact), new Mark(entry, juror, 2, feasibility));
    }

    private static List<Mark> marks(List<List<Mark>> cards) {
        var all = new ArrayList<Mark>();
        cards.forEach(all::addAll);
        return all;
    }

    @Test
    void scoresAreWeightedMeansAveragedOverJurors() {
        // entry 10: juror 1 (8*3+4*1)/4 = 7.00, juror 2 (6*3+10)/4 = 7.00 -> 7.00
        // entry 11: juror 1 (10*3+2)/4 = 8.00, juror 2 (9*3+9)/4 = 9.00 -> 8.50
        var ranking = ScoreSheet.rank(
                List.of(10L, 11L),
                WEIGHTS,
                marks(List.of(card(10, 1, 8, 4), card(10, 2, 6, 10), card(11, 1, 10, 2), card(11, 2, 9, 9))),
                Set.of());
        assertEquals(11L, ranking.get(0).entryId());
        assertEquals(new BigDecimal("8.50"), ranking.get(0).score());
        assertEquals(new BigDecimal("7.00"), ranking.get(1).score());
        assertEquals(2, ranking.get(1).rank());
    }

    @Test
    void equalScoresShareARankAndAreMarkedTied() {
        var ranking = ScoreSheet.rank(
                List.of(1L, 2L, 3L, 4L),
                WEIGHTS,
                marks(List.of(card(1, 7, 9, 9), card(2, 7, 5, 5), card(3, 7, 5, 5), card(4, 7, 1, 1))),
                Set.of());
        assertEquals(
                List.of(1, 2, 2, 4),
                ranking.stream().map(ScoreSheet.Ranked::rank).toList());
        assertFalse(ranking.get(0).tied());
        assertTrue(ranking.get(1).tied() && ranking.get(2).tied());
    }

    @Test
    void aConflictedJurorsScoresDoNotCount() {
        var marks = marks(List.of(card(1, 7, 10, 10), card(1, 8, 2, 2)));
        var ranking = ScoreSheet.rank(List.of(1L), WEIGHTS, marks, Set.of(new Conflict(1, 7)));
        assertEquals(new BigDecimal("2.00"), ranking.get(0).score());
        assertEquals(1, ranking.get(0).jurors());
    }

    @Test
    void anUnfinishedScoreCardDoesNotCountYet() {
        var marks = new ArrayList<>(card(1, 7, 6, 6));
        marks.add(new Mark(1, 8, 1, 10));
        var ranking = ScoreSheet.rank(List.of(1L, 2L), WEIGHTS, marks, Set.of());
        assertEquals(new BigDecimal("6.00"), ranking.get(0).score());
        assertEquals(1, ranking.get(0).jurors());
        assertEquals(0, ranking.get(1).jurors(), "an entry nobody scored ranks last with 0");
    }

    @Test
    void pointsOutsideZeroToTenAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Mark(1, 1, 1, 11));
        assertThrows(IllegalArgumentException.class, () -> new Weight(1, 0));
    }
}
