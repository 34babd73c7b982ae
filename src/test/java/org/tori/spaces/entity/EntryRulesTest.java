package org.tori.spaces.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

/** Concepts from teams, answers to every criterion, challenges of the own space, the board's pitch. */
class EntryRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    private static Space space(SpaceKind kind, long id) throws ReflectiveOperationException {
        var space = new Space(
                kind,
                new SpaceDetails(
                        "Space " + id,
                        "s",
                        "",
                        Set.of(),
                        null,
                        Set.of(),
                        null,
                        null,
                        null,
                        NOW.minusDays(1),
                        NOW.plusDays(5),
                        null),
                "",
                9,
                NOW.minusDays(2));
        set(Space.class, space, "id", id);
        space.moveTo(Phase.OPEN, null);
        return space;
    }

    private static void set(Class<?> type, Object target, String field, Object value)
            throws ReflectiveOperationException {
        Field f = type.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void aHackathonConceptComesFromATeamItsSubmitterBelongsTo() throws ReflectiveOperationException {
        var hackathon = space(SpaceKind.HACKATHON, 5);
        hackathon.join(1);
        hackathon.join(2);
        var team = new Team(hackathon, "Robots", 1, 3, NOW);
        set(Team.class, team, "id", 40L);
        hackathon.moveTo(Phase.SUBMISSION, null);
        assertEquals(
                "entry.teamRequired",
                assertThrows(
                                DomainException.class,
                                () -> new Entry(hackathon, null, 2, "Solo", null, null, null, null, NOW))
                        .key());
        assertEquals(
                "entry.notYourTeam",
                assertThrows(
                                DomainException.class,
                                () -> new Entry(hackathon, team, 2, "Not mine", null, null, null, null, NOW))
                        .key());
        var concept = new Entry(hackathon, team, 1, "Robot guide", null, null, null, null, NOW);
        assertEquals(40L, concept.getTeamId());
        assertTrue(concept.belongsTo(1, team));
    }

    @Test
    void everyCriterionNeedsAnAnswerAndNoOtherIsTaken() throws ReflectiveOperationException {
        var entry = new Entry(space(SpaceKind.CONTEST, 6), null, 3, "Idea", null, null, null, null, NOW);
        var criteria = List.of(10L, 11L);
        assertEquals(
                "entry.answer.required",
                assertThrows(DomainException.class, () -> entry.answer(criteria, Map.of(10L, "yes")))
                        .key());
        assertEquals(
                "entry.answer.required",
                assertThrows(DomainException.class, () -> entry.answer(criteria, Map.of(10L, "yes", 11L, "  ")))
                        .key());
        assertEquals(
                "entry.answer.unknown",
                assertThrows(
                                DomainException.class,
                                () -> entry.answer(criteria, Map.of(10L, "yes", 11L, "no", 12L, "extra")))
                        .key());
        assertEquals(
                "entry.answer.tooLong",
                assertThrows(
                                DomainException.class,
                                () -> entry.answer(criteria, Map.of(10L, "x".repeat(4001), 11L, "no")))
                        .key());
        entry.answer(criteria, Map.of(10L, " yes ", 11L, "no"));
        assertEquals(Map.of(10L, "yes", 11L, "no"), entry.getAnswers());
    }

    @Test
    void anEntryAnswersAChallengeOfItsOwnSpace() throws ReflectiveOperationException {
        var contest = space(SpaceKind.CONTEST, 7);
        var other = space(SpaceKind.CONTEST, 8);
        var entry = new Entry(contest, null, 3, "Idea", null, null, null, null, NOW);
        var foreign = new Challenge(other, "Elsewhere", null, null, "City", NOW);
        assertThrows(DomainException.class, () -> entry.answerChallenge(foreign, true));
        assertEquals(
                "entry.challenge.required",
                assertThrows(DomainException.class, () -> entry.answerChallenge(null, true))
                        .key());
        entry.answerChallenge(null, false);
    }

    @Test
    void challengesArePostedOnlyBeforeEntriesComeIn() throws ReflectiveOperationException {
        var hackathon = space(SpaceKind.HACKATHON, 9);
        new Challenge(hackathon, "Loans", null, "API", "Library", NOW);
        hackathon.moveTo(Phase.SUBMISSION, null);
        assertEquals(
                "challenge.closed",
                assertThrows(DomainException.class, () -> new Challenge(hackathon, "Late", null, null, "Library", NOW))
                        .key());
    }

    @Test
    void onlyParticipantsGoOnTheBoardWithAShortPitch() throws ReflectiveOperationException {
        var hackathon = space(SpaceKind.HACKATHON, 11);
        assertEquals(
                "team.joinSpaceFirst",
                assertThrows(DomainException.class, () -> new TeamSeeker(hackathon, 4, "hi", NOW))
                        .key());
        hackathon.join(4);
        var seeker = new TeamSeeker(hackathon, 4, "  I draw  ", NOW);
        assertEquals("I draw", seeker.getPitch());
        assertThrows(DomainException.class, () -> seeker.repitch("x".repeat(301)));
    }
}
