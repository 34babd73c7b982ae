package org.tori.spaces.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

/** The life cycles of living labs, city-to-city spaces and consultations. */
class SpaceKindsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    private static Space space(SpaceKind kind, OffsetDateTime opens, OffsetDateTime deadline) {
        var details = new SpaceDetails(
                "Mall lab",
                "Test it",
                "",
                Set.of(Theme.PEOPLE),
                CityDomain.ICT,
                Set.of(ValueStream.VISITOR),
                "Company",
                "Tampere",
                "Mall",
                opens,
                deadline,
                null);
        return new Space(kind, details, "", 7, NOW);
    }

    @Test
    void onlyStaffApproveAProposedExperiment() {
        var lab = space(SpaceKind.LIVING_LAB, NOW.plusDays(2), NOW.plusDays(9));
        var refused = assertThrows(DomainException.class, () -> lab.moveTo(Phase.OPEN, null, 0, false));
        assertEquals(DomainException.Kind.FORBIDDEN, refused.kind());
        lab.moveTo(Phase.OPEN, null, 0, true);
        assertEquals(Phase.OPEN, lab.getPhase());
    }

    @Test
    void aLivingLabStartsTestingWhenItsWindowOpens() {
        var lab = space(SpaceKind.LIVING_LAB, NOW.plusDays(2), NOW.plusDays(9));
        lab.moveTo(Phase.OPEN, null);
        assertEquals(Optional.empty(), lab.dueMove(NOW.plusDays(1)));
        assertEquals(Optional.of(Phase.TESTING), lab.dueMove(NOW.plusDays(2)));
        lab.moveTo(Phase.TESTING, null);
        assertTrue(lab.admit(42), "sign-up goes on during the window");
        assertEquals(Optional.empty(), lab.dueMove(NOW.plusDays(30)), "results come when the summary is published");
    }

    @Test
    void ownFlowKindsRefuseTheOneClickJoin() {
        var lab = space(SpaceKind.LIVING_LAB, NOW.plusDays(2), NOW.plusDays(9));
        lab.moveTo(Phase.OPEN, null);
        assertEquals(
                "space.join.ownFlow",
                assertThrows(DomainException.class, () -> lab.join(5)).key());
        assertTrue(lab.admit(5));
        assertFalse(lab.admit(5));
        assertEquals(1, lab.getParticipantCount());
    }

    @Test
    void aCityToCitySpaceOpensWithoutDates() {
        var cities = space(SpaceKind.CITY_TO_CITY, null, null);
        cities.moveTo(Phase.OPEN, null);
        assertEquals(Optional.empty(), cities.dueMove(NOW.plusYears(3)));
        assertEquals(Phase.ARCHIVED, SpaceKind.CITY_TO_CITY.next(Phase.OPEN));
    }

    @Test
    void aConsultationGoesToReviewAtItsDeadlineAndMayReopenOnARevision() {
        var consultation = space(SpaceKind.CONSULTATION, NOW.minusDays(1), NOW.plusDays(14));
        consultation.moveTo(Phase.OPEN, null);
        assertEquals(Optional.of(Phase.REVIEW), consultation.dueMove(NOW.plusDays(15)));
        consultation.moveTo(Phase.REVIEW, null);
        assertThrows(DomainException.class, () -> consultation.reopenForComments(NOW.minusHours(1), NOW));
        consultation.reopenForComments(NOW.plusDays(30), NOW);
        assertEquals(Phase.OPEN, consultation.getPhase());
        assertEquals(NOW.plusDays(30), consultation.getSubmissionDeadline());
    }

    @Test
    void onlyConsultationsReopen() {
        var contest = space(SpaceKind.CONTEST, NOW.plusDays(1), NOW.plusDays(3));
        assertThrows(DomainException.class, () -> contest.reopenForComments(NOW.plusDays(9), NOW));
    }

    @Test
    void companiesProposeLivingLabsAndOnlyStaffStartConsultations() {
        assertTrue(SpaceKind.LIVING_LAB.mayBeCreatedBy(false, false, true));
        assertFalse(SpaceKind.HACKATHON.mayBeCreatedBy(false, false, true));
        assertFalse(SpaceKind.CONSULTATION.mayBeCreatedBy(false, true, false));
        assertTrue(SpaceKind.CONSULTATION.mayBeCreatedBy(true, false, false));
    }
}
