package org.tori.judging.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class RoundsAndPrizesTest {

    private static ScoreSheet.Ranked r(long entry, String score, int rank, boolean tied) {
        return new ScoreSheet.Ranked(entry, new BigDecimal(score), rank, tied, 2);
    }

    private final List<ScoreSheet.Ranked> firstRound = List.of(
            r(1, "9.00", 1, false),
            r(2, "8.00", 2, true),
            r(3, "8.00", 2, true),
            r(4, "5.00", 4, false),
            r(5, "3.00", 5, false));

    @Test
    void aFurtherRoundTakesTheTopNAndEveryoneTiedAtTheCut() {
        var round = new JudgingRound(7, 1, firstRound, 2, OffsetDateTime.now());
        assertEquals(2, round.getRound());
        assertEquals(Set.of(1L, 2L, 3L), round.getEntries(), "3 shares place 2 with 2, so both go on");
    }

    @Test
    void aRoundThatCutsNobodyOrEveryoneIsRefused() {
        assertThrows(DomainException.class, () -> new JudgingRound(7, 1, firstRound, 5, OffsetDateTime.now()));
        assertThrows(DomainException.class, () -> new JudgingRound(7, 1, firstRound, 0, OffsetDateTime.now()));
    }

    @Test
    void standingsPutTheFinalRoundFirstAndKeepEarlierPlacesForTheRest() {
        var finalRound = List.of(r(3, "9.50", 1, false), r(1, "7.00", 2, false), r(2, "6.00", 3, false));
        var standings = ScoreSheet.standings(List.of(firstRound, finalRound));
        assertEquals(
                List.of(3L, 1L, 2L, 4L, 5L),
                standings.stream().map(ScoreSheet.Ranked::entryId).toList());
        assertEquals(
                List.of(1, 2, 3, 4, 5),
                standings.stream().map(ScoreSheet.Ranked::rank).toList());
    }

    @Test
    void prizesGoByPlaceByVotesAndByImpactAndTiesShare() {
        var second = new Prize(7, "Second prize", new BigDecimal("2000"), Prize.Basis.PLACE, 2, null, 0);
        second.award(firstRound, Map.of(), Map.of());
        assertEquals(Set.of(2L, 3L), second.getWinners(), "a shared place shares the prize");

        var audience = new Prize(7, "Audience prize", null, Prize.Basis.PUBLIC_VOTE, null, null, 1);
        audience.award(firstRound, Map.of(4L, 12L, 1L, 3L), Map.of());
        assertEquals(Set.of(4L), audience.getWinners(), "the public's favourite, whatever the jury thought");

        var green = new Prize(7, "Green prize", null, Prize.Basis.IMPACT, null, ImpactValue.ENVIRONMENTAL, 2);
        green.award(firstRound, Map.of(), Map.of(5L, new BigDecimal("9.50"), 1L, new BigDecimal("4.00")));
        assertEquals(Set.of(5L), green.getWinners());

        var nobody = new Prize(7, "Audience prize", null, Prize.Basis.PUBLIC_VOTE, null, null, 3);
        nobody.award(firstRound, Map.of(), Map.of());
        assertTrue(nobody.getWinners().isEmpty(), "no votes, no audience prize");
    }

    @Test
    void aPrizeNeedsWhatItsBasisDecidesBy() {
        assertThrows(DomainException.class, () -> new Prize(7, "First", null, Prize.Basis.PLACE, null, null, 0));
        assertThrows(DomainException.class, () -> new Prize(7, "Green", null, Prize.Basis.IMPACT, null, null, 0));
        assertThrows(DomainException.class, () -> new Prize(7, " ", null, Prize.Basis.PUBLIC_VOTE, null, null, 0));
        assertThrows(
                DomainException.class,
                () -> new Prize(7, "Minus", new BigDecimal("-1"), Prize.Basis.PLACE, 1, null, 0));
    }
}
