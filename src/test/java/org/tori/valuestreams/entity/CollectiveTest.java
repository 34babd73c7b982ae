package org.tori.valuestreams.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;
import org.tori.spaces.entity.ValueStream;

class CollectiveTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00+02:00");
    private static final long OWNER = 1, CITIZEN = 2, OTHER = 3, STAFF = 4;

    static Collective collective() throws Exception {
        var c = new Collective(ValueStream.FAMILY_WITH_CHILDREN, " Families ", OWNER, NOW);
        var id = Collective.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(c, 7L);
        return c;
    }

    @Test
    void anApplicantBecomesAMemberOnlyWhenTheOwnerOrStaffAccept() throws Exception {
        var c = collective();
        c.apply(CITIZEN, "I am a parent", NOW);
        assertTrue(c.hasApplied(CITIZEN));
        assertFalse(c.isMember(CITIZEN));
        var refused = assertThrows(DomainException.class, () -> c.accept(CITIZEN, OTHER, false, NOW));
        assertEquals("collective.accept.forbidden", refused.key());
        c.accept(CITIZEN, OWNER, false, NOW);
        assertTrue(c.isMember(CITIZEN));
        assertFalse(c.hasApplied(CITIZEN));
        assertTrue(c.getFollowers().contains(CITIZEN), "a member follows");

        c.apply(OTHER, null, NOW);
        c.accept(OTHER, STAFF, true, NOW);
        assertTrue(c.isMember(OTHER), "staff accept too");
    }

    @Test
    void nobodyAppliesTwiceAndTheOwnerNeverApplies() throws Exception {
        var c = collective();
        c.apply(CITIZEN, null, NOW);
        assertEquals(
                "collective.apply.already",
                assertThrows(DomainException.class, () -> c.apply(CITIZEN, null, NOW))
                        .key());
        assertThrows(DomainException.class, () -> c.apply(OWNER, null, NOW));
        assertEquals(
                "collective.accept.noApplication",
                assertThrows(DomainException.class, () -> c.accept(OTHER, OWNER, false, NOW))
                        .key());
    }

    @Test
    void eachSaveOfTheVisionIsTheNextVersionAndOnlyMembersWriteIt() throws Exception {
        var c = collective();
        var first = c.reviseVision("One place for every family", OWNER, NOW);
        var second = c.reviseVision("One place, in every language", OWNER, NOW.plusDays(1));
        assertEquals(1, first.getNumber());
        assertEquals(2, second.getNumber());
        assertEquals("One place for every family", first.getBody(), "the earlier version is kept as it was");
        assertEquals(2, c.getVisionVersion());
        assertEquals(
                "collective.membersOnly",
                assertThrows(DomainException.class, () -> c.reviseVision("mine", CITIZEN, NOW))
                        .key());
        c.apply(CITIZEN, null, NOW);
        assertThrows(DomainException.class, () -> c.reviseVision("still only applied", CITIZEN, NOW));
        c.accept(CITIZEN, OWNER, false, NOW);
        assertEquals(3, c.reviseVision("now a member", CITIZEN, NOW).getNumber());
        assertEquals(
                "collective.vision.required",
                assertThrows(DomainException.class, () -> c.reviseVision("  ", OWNER, NOW))
                        .key());
    }

    @Test
    void onlyMembersCommentAndPlan() throws Exception {
        var c = collective();
        assertThrows(DomainException.class, () -> new CollectiveComment(c, CITIZEN, "hello", NOW));
        assertThrows(
                DomainException.class, () -> c.plan("Map services", "Unit", LocalDate.of(2027, 1, 1), CITIZEN, NOW));
        assertEquals("hello", new CollectiveComment(c, OWNER, " hello ", NOW).getBody());
        assertEquals(
                ActionStatus.PLANNED,
                c.plan("Map services", "Unit", LocalDate.of(2027, 1, 1), OWNER, NOW)
                        .getStatus());
    }

    @Test
    void actionsMoveOnlyAlongTheirLifeCycle() throws Exception {
        var action = collective().plan("Map services", "Unit", LocalDate.of(2027, 1, 1), OWNER, NOW);
        assertEquals(
                "collective.action.move.refused",
                assertThrows(DomainException.class, () -> action.moveTo(ActionStatus.DONE, NOW))
                        .key(),
                "not done before started");
        action.moveTo(ActionStatus.IN_PROGRESS, NOW);
        action.moveTo(ActionStatus.PLANNED, NOW);
        action.moveTo(ActionStatus.IN_PROGRESS, NOW);
        action.moveTo(ActionStatus.DONE, NOW);
        assertEquals(ActionStatus.DONE, action.getStatus());
        assertEquals(Set.of(), ActionStatus.DONE.next());
        assertThrows(DomainException.class, () -> action.moveTo(ActionStatus.CANCELLED, NOW), "done is history");
        assertThrows(DomainException.class, () -> action.moveTo(null, NOW));
    }

    @Test
    void anActionNeedsWhatWhoAndWhen() throws Exception {
        var c = collective();
        assertEquals(
                "collective.action.due.required",
                assertThrows(DomainException.class, () -> c.plan("Map", "Unit", null, OWNER, NOW))
                        .key());
        assertEquals(
                "collective.action.owner.required",
                assertThrows(DomainException.class, () -> c.plan("Map", " ", LocalDate.of(2027, 1, 1), OWNER, NOW))
                        .key());
    }

    @Test
    void anErasedOwnerHandsTheCollectiveToTheLongestStandingMember() throws Exception {
        var c = collective();
        long early = 5, late = 6, applicant = 8;
        c.apply(applicant, null, NOW.minusDays(30));
        c.apply(late, null, NOW.minusDays(20));
        c.apply(early, null, NOW.minusDays(20));
        c.accept(early, OWNER, false, NOW.minusDays(10));
        c.accept(late, OWNER, false, NOW.minusDays(5));

        assertTrue(c.forget(OWNER));

        assertEquals(early, c.getOwnerId(), "the member accepted first, not the earliest applicant");
        assertFalse(c.isOwnedByStaff());
        assertTrue(c.mayManage(early, false));
        assertFalse(c.isMember(OWNER), "the erased owner is gone");
        assertEquals(
                Set.of(late),
                c.getMemberships().stream()
                        .filter(m -> m.getStatus() == MemberStatus.MEMBER)
                        .map(Membership::getAccountId)
                        .collect(Collectors.toSet()),
                "the new owner is no longer listed among the members");
        assertTrue(c.hasApplied(applicant), "an application waits as before");
    }

    @Test
    void anErasedOwnerWithoutMembersLeavesTheCollectiveToProgrammeStaff() throws Exception {
        var c = collective();
        c.apply(CITIZEN, null, NOW);

        c.forget(OWNER);

        assertTrue(c.isOwnedByStaff());
        assertEquals(null, c.getOwnerId());
        assertFalse(c.isMember(OWNER));
        assertFalse(c.mayManage(CITIZEN, false), "an applicant does not take over");
        assertTrue(c.mayManage(STAFF, true));
        c.accept(CITIZEN, STAFF, true, NOW);
        assertTrue(c.isMember(CITIZEN), "staff keep accepting members");
        assertEquals(
                "collective.apply.already",
                assertThrows(DomainException.class, () -> c.apply(CITIZEN, null, NOW))
                        .key());
    }

    @Test
    void anErasedMemberLeavesTheOwnerInPlace() throws Exception {
        var c = collective();
        c.apply(CITIZEN, null, NOW);
        c.accept(CITIZEN, OWNER, false, NOW);

        assertTrue(c.forget(CITIZEN));

        assertEquals(OWNER, c.getOwnerId());
        assertFalse(c.isMember(CITIZEN));
        assertFalse(c.forget(OTHER), "nothing to forget of a stranger");
    }
}
