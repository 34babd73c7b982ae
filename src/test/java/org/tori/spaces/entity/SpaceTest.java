package org.tori.spaces.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class SpaceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    private static SpaceDetails details(OffsetDateTime opens, OffsetDateTime deadline) {
        return new SpaceDetails(
                "Events app",
                "Build it",
                "",
                Set.of(Theme.PEOPLE),
                CityDomain.ICT,
                Set.of(ValueStream.VISITOR),
                "City",
                "Tampere",
                "Library",
                opens,
                deadline,
                null);
    }

    private static Space hackathon() {
        return new Space(SpaceKind.HACKATHON, details(NOW.plusDays(1), NOW.plusDays(3)), "", 1, NOW);
    }

    @Test
    void resultsMayBeAnnouncedOnTheClosingDayButNotBefore() {
        var helsinki = ZoneId.of("Europe/Helsinki");
        var deadline = LocalDate.of(2026, 12, 10).atTime(20, 0).atZone(helsinki).toOffsetDateTime();
        var sameDayNoon =
                LocalDate.of(2026, 12, 10).atTime(12, 0).atZone(helsinki).toOffsetDateTime();
        var dayBefore = sameDayNoon.minusDays(1);
        var space = hackathon();
        space.describe(
                new SpaceDetails(
                        "Events app",
                        "Build it",
                        "",
                        Set.of(Theme.PEOPLE),
                        CityDomain.ICT,
                        Set.of(ValueStream.VISITOR),
                        "City",
                        "Tampere",
                        "Library",
                        NOW,
                        deadline,
                        sameDayNoon),
                "");
        assertEquals(
                "resultsAt",
                assertThrows(
                                DomainException.class,
                                () -> space.describe(
                                        new SpaceDetails(
                                                "Events app",
                                                "Build it",
                                                "",
                                                Set.of(Theme.PEOPLE),
                                                CityDomain.ICT,
                                                Set.of(ValueStream.VISITOR),
                                                "City",
                                                "Tampere",
                                                "Library",
                                                NOW,
                                                deadline,
                                                dayBefore),
                                        ""))
                        .field());
    }

    @Test
    void aNewSpaceIsADraft() {
        assertEquals(Phase.DRAFT, hackathon().getPhase());
    }

    @Test
    void aHackathonGoesThroughItsPhasesInOrder() {
        var space = hackathon();
        for (var phase : SpaceKind.HACKATHON.phases().subList(1, 5)) {
            space.moveTo(phase, null);
        }
        assertEquals(Phase.RESULTS, space.getPhase());
    }

    @Test
    void skippingAPhaseOrGoingBackIsRefused() {
        var space = hackathon();
        assertEquals(
                "phase",
                assertThrows(DomainException.class, () -> space.moveTo(Phase.JUDGING, null))
                        .field());
        space.moveTo(Phase.OPEN, null);
        assertThrows(DomainException.class, () -> space.moveTo(Phase.DRAFT, null));
        assertThrows(
                DomainException.class, () -> space.moveTo(Phase.SCREENING, null), "contests screen, hackathons do not");
    }

    @Test
    void openingNeedsTheDates() {
        var space = new Space(SpaceKind.CONTEST, details(null, null), "", 1, NOW);
        assertEquals(
                DomainException.Kind.INVALID,
                assertThrows(DomainException.class, () -> space.moveTo(Phase.OPEN, null))
                        .kind());
    }

    @Test
    void announcingAJudgedSpacesResultsNeedsTheMailingConfirmed() {
        var contest = new Space(SpaceKind.CONTEST, details(NOW.minusDays(1), NOW.plusDays(3)), "", 1, NOW);
        var refused = assertThrows(DomainException.class, () -> contest.checkResultsAnnouncement(Phase.RESULTS, false));
        assertEquals("confirm-results", refused.field());
        contest.checkResultsAnnouncement(Phase.RESULTS, true);
        contest.checkResultsAnnouncement(Phase.JUDGING, false);
        new Space(SpaceKind.LIVING_LAB, details(NOW.plusDays(1), NOW.plusDays(3)), "", 1, NOW)
                .checkResultsAnnouncement(Phase.RESULTS, false); // no jury, no results mailing to confirm
    }

    @Test
    void archivingNeedsAReason() {
        var space = hackathon();
        for (var phase : SpaceKind.HACKATHON.phases().subList(1, 5)) {
            space.moveTo(phase, null);
        }
        assertThrows(DomainException.class, () -> space.moveTo(Phase.ARCHIVED, " "));
        space.moveTo(Phase.ARCHIVED, "Lessons are recorded in the city's own archive");
        assertEquals(Phase.ARCHIVED, space.getPhase());
    }

    @Test
    void aDeadlineBeforeTheOpeningIsRefused() {
        var refused = assertThrows(
                DomainException.class,
                () -> new Space(SpaceKind.HACKATHON, details(NOW.plusDays(3), NOW.plusDays(1)), "", 1, NOW));
        assertEquals("submissionDeadline", refused.field());
    }

    @Test
    void peopleJoinOnlyWhileTheSpaceTakesParticipants() {
        var space = hackathon();
        assertThrows(DomainException.class, () -> space.join(7), "not in a draft");
        space.moveTo(Phase.OPEN, null);
        space.join(7);
        space.join(7);
        assertEquals(1, space.getParticipantCount(), "joining twice counts once");
        space.moveTo(Phase.SUBMISSION, null);
        space.join(8);
        space.moveTo(Phase.JUDGING, null);
        assertThrows(DomainException.class, () -> space.join(9));
        assertTrue(space.isParticipant(8));
    }

    @Test
    void datesMoveOpenSpacesOn() {
        var space = hackathon();
        space.moveTo(Phase.OPEN, null);
        assertEquals(Optional.empty(), space.dueMove(NOW));
        assertEquals(Optional.of(Phase.SUBMISSION), space.dueMove(NOW.plusDays(1)));
        space.moveTo(Phase.SUBMISSION, null);
        assertEquals(Optional.of(Phase.JUDGING), space.dueMove(NOW.plusDays(4)));

        var contest = new Space(SpaceKind.CONTEST, details(NOW.minusDays(1), NOW.plusDays(3)), "", 1, NOW);
        contest.moveTo(Phase.OPEN, null);
        assertEquals(Optional.of(Phase.SCREENING), contest.dueMove(NOW.plusDays(4)));
    }

    @Test
    void aCompanysLabDraftIsOpenedByStaffOnlySoOnlyStaffAreOfferedTheMove() {
        var lab = new Space(SpaceKind.LIVING_LAB, details(NOW.plusDays(1), NOW.plusDays(3)), "", 1, NOW);
        org.junit.jupiter.api.Assertions.assertFalse(lab.mayMoveOn(false), "the company that proposed it");
        org.junit.jupiter.api.Assertions.assertTrue(lab.mayMoveOn(true), "staff approve it");
        org.junit.jupiter.api.Assertions.assertTrue(hackathon().mayMoveOn(false), "an organiser opens a hackathon");
    }
}
