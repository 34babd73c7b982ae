package org.tori.spaces.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.entity.AccountErased;
import org.tori.accounts.entity.PublicProfile;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Space;
import org.tori.spaces.entity.SpaceActivity;
import org.tori.spaces.entity.Team;
import org.tori.spaces.entity.TeamSeeker;

/** Forming hackathon teams: one team per member and space, within each team's size limit. */
@ApplicationScoped
@Transactional
public class Teams {

    /** A participant looking for a team, and how many skills they would add to it. */
    public record Suggestion(long accountId, String name, List<String> skills, int newSkills) {}

    /** Someone on the board: their skills, their pitch, and how many skills they would add to the viewer's team. */
    public record Seeker(long accountId, String name, List<String> skills, String pitch, int newSkills) {}

    /** A team with seats left: its skills, and how many new skills the viewer would bring to it. */
    public record OpenTeam(long id, String name, int members, int maxSize, List<String> skills, int youAdd) {}

    /** The "looking for a team" board of a space, ordered for the viewer: best complement first. */
    public record Board(List<Seeker> seekers, List<OpenTeam> teams, boolean viewerLooking, String viewerPitch) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    Event<SpaceActivity> activity;

    public long create(long spaceId, String name, Integer maxSize, long captainId) {
        var space = space(spaceId);
        requireNoTeam(spaceId, captainId);
        var team = new Team(
                space, name, captainId, maxSize == null ? Team.DEFAULT_SIZE : maxSize, OffsetDateTime.now(clock));
        try {
            em.persist(team);
            em.flush();
            stopLooking(spaceId, captainId);
        } catch (PersistenceException sameName) {
            throw new DomainException(Kind.CONFLICT, "team.name.taken", "name");
        }
        return team.getId();
    }

    public void invite(long teamId, String email, long captainId) {
        var team = team(teamId);
        var invitee = accounts.idOf(email)
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "account.notFound", "email"));
        requireNoTeamBeside(team, invitee);
        team.invite(captainId, invitee, OffsetDateTime.now(clock));
        joinSpaceIfSeated(team, invitee);
        activity.fire(new SpaceActivity.TeamInvitation(team.getSpaceId(), teamId, team.getName(), invitee, captainId));
    }

    public void requestToJoin(long teamId, long accountId) {
        var team = team(teamId);
        if (!space(team.getSpaceId()).isParticipant(accountId)) {
            throw new DomainException(Kind.CONFLICT, "team.joinSpaceFirst");
        }
        requireNoTeamBeside(team, accountId);
        team.requestToJoin(accountId, OffsetDateTime.now(clock));
        activity.fire(new SpaceActivity.JoinRequest(
                team.getSpaceId(), teamId, team.getName(), accountId, team.getCaptainId()));
    }

    public void accept(long teamId, long accountId, long by) {
        var team = team(teamId);
        requireNoTeamBeside(team, accountId);
        team.accept(by, accountId, OffsetDateTime.now(clock));
        joinSpaceIfSeated(team, accountId);
        activity.fire(new SpaceActivity.TeamAnswer(team.getSpaceId(), teamId, team.getName(), accountId, by, true));
    }

    /** Declines an invitation or request, or leaves the team; an empty team is removed. */
    public void remove(long teamId, long accountId, long by) {
        var team = team(teamId);
        if (team.isMember(accountId)) {
            if (by != accountId) {
                throw new DomainException(Kind.FORBIDDEN, "team.accept.forbidden");
            }
            if (team.leave(accountId)) {
                em.remove(team);
            }
        } else {
            team.decline(by, accountId);
            activity.fire(
                    new SpaceActivity.TeamAnswer(team.getSpaceId(), teamId, team.getName(), accountId, by, false));
        }
    }

    /**
     * A member erased their account: their seats, invitations and requests go, captaincy passes on
     * (see {@link Team#release}), a team left with nobody ends, and their pitch leaves the board.
     * Runs inside the erasing transaction.
     */
    public void accountErased(@Observes AccountErased erased) {
        long accountId = erased.accountId();
        for (var team : em.createNamedQuery(Team.OF_PERSON, Team.class)
                .setParameter("account", accountId)
                .getResultList()) {
            if (team.release(accountId)) {
                em.remove(team);
            }
        }
        em.createNamedQuery(TeamSeeker.OF_ACCOUNT, TeamSeeker.class)
                .setParameter("account", accountId)
                .getResultList()
                .forEach(em::remove);
    }

    /** Puts the participant on the board (or updates their pitch); members of a team are not looking. */
    public void lookForTeam(long spaceId, long accountId, String pitch) {
        var space = space(spaceId);
        requireNoTeam(spaceId, accountId);
        var existing = em.find(TeamSeeker.class, new TeamSeeker.Key(spaceId, accountId));
        if (existing != null) {
            existing.repitch(pitch);
        } else {
            em.persist(new TeamSeeker(space, accountId, pitch, OffsetDateTime.now(clock)));
        }
    }

    public void stopLooking(long spaceId, long accountId) {
        var existing = em.find(TeamSeeker.class, new TeamSeeker.Key(spaceId, accountId));
        if (existing != null) {
            em.remove(existing);
        }
    }

    public Board board(long spaceId, Long viewerId) {
        var teams = ofSpace(spaceId);
        var inTeams = new HashSet<Long>();
        teams.forEach(t -> inTeams.addAll(t.memberIds()));
        var myTeam = viewerId == null
                ? null
                : teams.stream()
                        .filter(t -> t.memberIds().contains(viewerId))
                        .findFirst()
                        .orElse(null);
        var haveMine = myTeam == null ? Set.<String>of() : new HashSet<>(myTeam.skills());
        var mySkills = viewerId == null ? List.<String>of() : accounts.skillsOf(viewerId);
        var seekerRows = em.createNamedQuery(TeamSeeker.OF_SPACE, TeamSeeker.class)
                .setParameter("space", spaceId)
                .getResultList();
        var seekers = seekerRows.stream()
                .filter(s -> !inTeams.contains(s.getAccountId()) && !Objects.equals(viewerId, s.getAccountId()))
                .map(s -> {
                    var profile = accounts.publicProfile(s.getAccountId());
                    var skills = accounts.skillsOf(s.getAccountId());
                    String name = profile.map(PublicProfile::name)
                            .orElseGet(() -> accounts.find(s.getAccountId())
                                    .map(a -> a.name())
                                    .orElse(""));
                    int adds = myTeam == null
                            ? 0
                            : (int) skills.stream()
                                    .filter(k -> !haveMine.contains(k))
                                    .count();
                    return new Seeker(s.getAccountId(), name, skills, s.getPitch(), adds);
                })
                .sorted(Comparator.comparingInt(Seeker::newSkills).reversed().thenComparing(Seeker::name))
                .toList();
        var open = teams.stream()
                .filter(t -> t.members() < t.maxSize() && (myTeam == null || t.id() != myTeam.id()))
                .map(t -> new OpenTeam(t.id(), t.name(), t.members(), t.maxSize(), t.skills(), (int)
                        mySkills.stream().filter(k -> !t.skills().contains(k)).count()))
                .sorted(Comparator.comparingInt(OpenTeam::youAdd).reversed().thenComparing(OpenTeam::name))
                .toList();
        var mine = viewerId == null
                ? null
                : seekerRows.stream()
                        .filter(s -> s.getAccountId() == viewerId)
                        .findFirst()
                        .orElse(null);
        return new Board(seekers, open, mine != null, mine == null ? null : mine.getPitch());
    }

    public List<TeamSummary> ofSpace(long spaceId) {
        return em.createNamedQuery(Team.OF_SPACE, Team.class)
                .setParameter("space", spaceId)
                .getResultStream()
                .map(t -> TeamSummary.of(t, skills(t)))
                .toList();
    }

    /** Participants without a team whose public skills complement the team's, most new skills first. */
    public List<Suggestion> suggestions(long teamId) {
        var team = em.find(Team.class, teamId);
        if (team == null) {
            throw new DomainException(Kind.NOT_FOUND, "team.notFound");
        }
        var have = new HashSet<>(skills(team));
        var inTeams = new HashSet<Long>();
        ofSpace(team.getSpaceId()).forEach(t -> inTeams.addAll(t.memberIds()));
        @SuppressWarnings("unchecked")
        List<Number> participants = em.createNativeQuery("SELECT account_id FROM space_participant WHERE space_id = ?")
                .setParameter(1, team.getSpaceId())
                .getResultList();
        return participants.stream()
                .map(Number::longValue)
                .filter(id -> !inTeams.contains(id))
                .map(accounts::publicProfile)
                .flatMap(Optional::stream)
                .map(p -> suggestion(p, have))
                .sorted(Comparator.comparingInt(Suggestion::newSkills)
                        .reversed()
                        .thenComparing(Suggestion::name))
                .toList();
    }

    private static Suggestion suggestion(PublicProfile profile, Set<String> have) {
        int adds =
                (int) profile.skills().stream().filter(s -> !have.contains(s)).count();
        return new Suggestion(profile.id(), profile.name(), profile.skills(), adds);
    }

    private List<String> skills(Team team) {
        return team.getPeople().entrySet().stream()
                .filter(e -> e.getValue() == Team.Membership.MEMBER)
                .flatMap(e -> accounts.skillsOf(e.getKey()).stream())
                .distinct()
                .sorted()
                .toList();
    }

    private void joinSpaceIfSeated(Team team, long accountId) {
        if (team.isMember(accountId)) {
            space(team.getSpaceId()).join(accountId);
            stopLooking(team.getSpaceId(), accountId);
        }
    }

    private void requireNoTeamBeside(Team team, long accountId) {
        boolean elsewhere = ofSpace(team.getSpaceId()).stream()
                .anyMatch(t -> t.id() != team.getId() && t.memberIds().contains(accountId));
        if (elsewhere) {
            throw new DomainException(Kind.CONFLICT, "team.alreadyInTeam");
        }
    }

    private void requireNoTeam(long spaceId, long accountId) {
        if (ofSpace(spaceId).stream().anyMatch(t -> t.memberIds().contains(accountId))) {
            throw new DomainException(Kind.CONFLICT, "team.alreadyInTeam");
        }
    }

    private Team team(long teamId) {
        var team = em.find(Team.class, teamId, LockModeType.PESSIMISTIC_WRITE);
        if (team == null) {
            throw new DomainException(Kind.NOT_FOUND, "team.notFound");
        }
        return team;
    }

    private Space space(long spaceId) {
        var space = em.find(Space.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
        if (space == null || !space.getPhase().isPublic()) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        return space;
    }
}
