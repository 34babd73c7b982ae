package org.tori.spaces.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.platform.DomainException;

class TeamTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final long CAPTAIN = 1;

    private static Space openHackathon() throws ReflectiveOperationException {
        var space = new Space(
                SpaceKind.HACKATHON,
                new SpaceDetails(
                        "Events app",
                        "s",
                        "",
                        Set.of(),
                        null,
                        Set.of(),
                        null,
                        null,
                        null,
                        NOW.plusDays(1),
                        NOW.plusDays(2),
                        null),
                "",
                9,
                NOW);
        Field id = Space.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(space, 5L);
        space.moveTo(Phase.OPEN, null);
        space.join(CAPTAIN);
        return space;
    }

    @Test
    void onlyParticipantsOfAnOpenHackathonStartTeams() throws ReflectiveOperationException {
        var space = openHackathon();
        assertEquals(
                "team.joinSpaceFirst",
                assertThrows(DomainException.class, () -> new Team(space, "Robots", 2, 3, NOW))
                        .key());
        var team = new Team(space, "Robots", CAPTAIN, 3, NOW);
        assertEquals(1, team.members());
    }

    @Test
    void seatsAreTakenByMembersOnlyUpToTheLimit() throws ReflectiveOperationException {
        var team = new Team(openHackathon(), "Robots", CAPTAIN, 2, NOW);
        team.invite(CAPTAIN, 2, NOW);
        team.requestToJoin(3, NOW);
        assertEquals(1, team.members(), "invitations and requests take no seat");
        team.accept(2, 2, NOW);
        assertEquals(2, team.members());
        assertEquals(
                "team.full",
                assertThrows(DomainException.class, () -> team.accept(CAPTAIN, 3, NOW))
                        .key());
    }

    @Test
    void onlyTheCaptainInvitesAndApprovesAndOnlyTheInvitedAccept() throws ReflectiveOperationException {
        var team = new Team(openHackathon(), "Robots", CAPTAIN, 5, NOW);
        team.invite(CAPTAIN, 2, NOW);
        assertThrows(
                DomainException.class, () -> team.accept(CAPTAIN, 2, NOW), "the captain cannot accept for the invited");
        team.accept(2, 2, NOW);
        assertThrows(DomainException.class, () -> team.invite(2, 4, NOW), "members do not invite");
        team.requestToJoin(3, NOW);
        assertThrows(DomainException.class, () -> team.accept(2, 3, NOW), "members do not approve");
        team.accept(CAPTAIN, 3, NOW);
        assertTrue(team.isMember(3));
    }

    @Test
    void anInvitationMeetingARequestSeatsAtOnce() throws ReflectiveOperationException {
        var team = new Team(openHackathon(), "Robots", CAPTAIN, 5, NOW);
        team.requestToJoin(2, NOW);
        team.invite(CAPTAIN, 2, NOW);
        assertTrue(team.isMember(2));
    }

    @Test
    void theCaptainLeavesLast() throws ReflectiveOperationException {
        var team = new Team(openHackathon(), "Robots", CAPTAIN, 5, NOW);
        team.invite(CAPTAIN, 2, NOW);
        team.accept(2, 2, NOW);
        assertThrows(DomainException.class, () -> team.leave(CAPTAIN));
        team.leave(2);
        assertTrue(team.leave(CAPTAIN), "the team ends with its last member");
    }

    @Test
    void anErasedCaptainHandsTheTeamToTheMemberSeatedLongest() throws ReflectiveOperationException {
        var team = new Team(openHackathon(), "Robots", CAPTAIN, 5, NOW);
        team.requestToJoin(7, NOW.plusHours(1));
        team.invite(CAPTAIN, 3, NOW.plusHours(1));
        team.accept(3, 3, NOW.plusHours(3));
        team.accept(CAPTAIN, 7, NOW.plusHours(2));
        team.invite(CAPTAIN, 9, NOW.plusHours(4));

        assertEquals(false, team.release(CAPTAIN), "two members remain");
        assertEquals(7, team.getCaptainId(), "seated at hour 2, before the member seated at hour 3");
        assertEquals(2, team.members());
        assertTrue(!team.getPeople().containsKey(CAPTAIN), "the erased captain holds no seat");
        assertEquals(false, team.release(9), "an open invitation goes too");
        assertTrue(!team.getPeople().containsKey(9));
    }

    @Test
    void anErasedMemberFreesTheirSeatAndTheLastOneEndsTheTeam() throws ReflectiveOperationException {
        var team = new Team(openHackathon(), "Robots", CAPTAIN, 2, NOW);
        team.invite(CAPTAIN, 2, NOW);
        team.accept(2, 2, NOW);
        team.requestToJoin(3, NOW);

        assertEquals(false, team.release(2));
        assertEquals(CAPTAIN, team.getCaptainId(), "a member's erasure leaves the captain");
        team.accept(CAPTAIN, 3, NOW.plusHours(1));
        assertEquals(2, team.members(), "the freed seat is taken again");
        assertTrue(team.release(CAPTAIN) == false && team.getCaptainId() == 3);
        assertTrue(team.release(3), "nobody left: the team ends");
    }
}
