package org.tori.spaces.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A hackathon team. The captain invites, members accept; anyone may ask to join and the captain
 * decides. Invitations and requests do not take a seat; members do, up to the size limit.
 */
@Entity
@Table(name = "team")
@NamedQuery(name = Team.OF_SPACE, query = "SELECT t FROM Team t WHERE t.spaceId = :space ORDER BY t.name")
@NamedQuery(name = Team.OF_PERSON, query = "SELECT t FROM Team t JOIN t.people p WHERE KEY(p) = :account ORDER BY t.id")
public class Team {

    public static final String OF_SPACE = "Team.ofSpace";
    /** Teams in which the account has a seat, an invitation or a request. */
    public static final String OF_PERSON = "Team.ofPerson";

    public static final int DEFAULT_SIZE = 5;

    public enum Membership {
        MEMBER,
        INVITED,
        REQUESTED
    }

    @Id
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    private String name;

    @Column(name = "captain_id")
    private long captainId;

    @Column(name = "max_size")
    private int maxSize;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @MapKeyColumn(name = "account_id")
    private Map<Long, TeamSeat> people = new HashMap<>();

    protected Team() {}

    public Team(Space space, String name, long captainId, int maxSize, OffsetDateTime now) {
        if (!space.formsTeams()) {
            throw new DomainException(Kind.CONFLICT, "team.closed");
        }
        if (!space.isParticipant(captainId)) {
            throw new DomainException(Kind.CONFLICT, "team.joinSpaceFirst");
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new DomainException(Kind.INVALID, "team.name.required", "name");
        }
        if (maxSize < 2 || maxSize > 10) {
            throw new DomainException(Kind.INVALID, "team.size.range", "maxSize");
        }
        this.spaceId = space.getId();
        this.name = name.strip();
        this.captainId = captainId;
        this.maxSize = maxSize;
        this.createdAt = Objects.requireNonNull(now);
        people.put(captainId, new TeamSeat(Membership.MEMBER, now));
    }

    public void invite(long by, long accountId, OffsetDateTime now) {
        requireCaptain(by);
        if (status(accountId) == Membership.REQUESTED) {
            seat(accountId, now);
            return;
        }
        if (!people.containsKey(accountId)) {
            people.put(accountId, new TeamSeat(Membership.INVITED, now));
        }
    }

    public void requestToJoin(long accountId, OffsetDateTime now) {
        if (status(accountId) == Membership.INVITED) {
            seat(accountId, now);
            return;
        }
        if (!people.containsKey(accountId)) {
            people.put(accountId, new TeamSeat(Membership.REQUESTED, now));
        }
    }

    /** The invited member accepts, or the captain approves a request. */
    public void accept(long by, long accountId, OffsetDateTime now) {
        var status = status(accountId);
        boolean invitedAccepts = status == Membership.INVITED && by == accountId;
        boolean captainApproves = status == Membership.REQUESTED && by == captainId;
        if (!invitedAccepts && !captainApproves) {
            throw new DomainException(Kind.FORBIDDEN, "team.accept.forbidden");
        }
        seat(accountId, now);
    }

    public void decline(long by, long accountId) {
        var status = status(accountId);
        if (status == null || status == Membership.MEMBER || (by != accountId && by != captainId)) {
            throw new DomainException(Kind.FORBIDDEN, "team.accept.forbidden");
        }
        people.remove(accountId);
    }

    /** Members leave; the captain only when alone, which ends the team. */
    public boolean leave(long accountId) {
        if (accountId == captainId && members() > 1) {
            throw new DomainException(Kind.CONFLICT, "team.captainStays");
        }
        people.remove(accountId);
        return members() == 0;
    }

    /**
     * The member's account is gone: their seat, invitation or request goes with it. A captain's
     * captaincy passes to the member seated longest (the lower account id on a tie). Returns true
     * when nobody is left seated, which ends the team as when its last member leaves.
     */
    public boolean release(long accountId) {
        people.remove(accountId);
        if (accountId == captainId) {
            people.entrySet().stream()
                    .filter(e -> e.getValue().status() == Membership.MEMBER)
                    .min(Comparator.comparing((Map.Entry<Long, TeamSeat> e) ->
                                    e.getValue().since())
                            .thenComparing(Map.Entry::getKey))
                    .ifPresent(next -> captainId = next.getKey());
        }
        return members() == 0;
    }

    private void seat(long accountId, OffsetDateTime now) {
        if (members() >= maxSize) {
            throw new DomainException(Kind.CONFLICT, "team.full");
        }
        people.put(accountId, new TeamSeat(Membership.MEMBER, Objects.requireNonNull(now)));
    }

    private Membership status(long accountId) {
        var seat = people.get(accountId);
        return seat == null ? null : seat.status();
    }

    private void requireCaptain(long by) {
        if (by != captainId) {
            throw new DomainException(Kind.FORBIDDEN, "team.captainOnly");
        }
    }

    public int members() {
        return (int) people.values().stream()
                .filter(s -> s.status() == Membership.MEMBER)
                .count();
    }

    public boolean isMember(long accountId) {
        return status(accountId) == Membership.MEMBER;
    }

    public Map<Long, Membership> getPeople() {
        var statuses = new HashMap<Long, Membership>();
        people.forEach((account, seat) -> statuses.put(account, seat.status()));
        return Map.copyOf(statuses);
    }

    /** When each person took their seat, or was invited or asked to join. */
    public Map<Long, OffsetDateTime> getSince() {
        var since = new HashMap<Long, OffsetDateTime>();
        people.forEach((account, seat) -> since.put(account, seat.since()));
        return Map.copyOf(since);
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public String getName() {
        return name;
    }

    public long getCaptainId() {
        return captainId;
    }

    public int getMaxSize() {
        return maxSize;
    }
}
