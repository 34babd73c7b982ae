package org.tori.valuestreams.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.ValueStream;

/**
 * A value stream's development collective. Its owner (or staff) accepts the people who apply; the
 * owner and members write the vision, each save a new version, and keep the action plan. Followers
 * hear of new vision versions and changed actions.
 */
@Entity
@Table(name = "collective")
@NamedQuery(name = Collective.ALL, query = "SELECT c FROM Collective c ORDER BY c.valueStream")
@NamedQuery(name = Collective.CARDS, query = "SELECT c.valueStream, c.id, c.name, c.ownerId FROM Collective c")
@NamedQuery(name = Collective.BY_STREAM, query = "SELECT c FROM Collective c WHERE c.valueStream = :stream")
public class Collective {

    public static final String ALL = "Collective.all";
    /** Stream, id, name and owner of every collective, without their members (the index needs no more). */
    public static final String CARDS = "Collective.cards";

    public static final String BY_STREAM = "Collective.byStream";
    public static final int NAME_MAX = 160;
    public static final int MOTIVATION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collective_seq")
    @SequenceGenerator(name = "collective_seq", sequenceName = "collective_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_stream")
    private ValueStream valueStream;

    private String name;

    /** Null once the owner left and no member was left to take over: programme staff own it then. */
    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "vision_version")
    private int visionVersion;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collective_member", joinColumns = @JoinColumn(name = "collective_id"))
    private List<Membership> memberships = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collective_follower", joinColumns = @JoinColumn(name = "collective_id"))
    @Column(name = "account_id")
    private Set<Long> followers = new HashSet<>();

    protected Collective() {}

    public Collective(ValueStream valueStream, String name, long ownerId, OffsetDateTime now) {
        this.valueStream = Objects.requireNonNull(valueStream);
        this.name = Typed.required(name, NAME_MAX, "collective.name", "name");
        this.ownerId = ownerId;
        this.createdAt = Objects.requireNonNull(now);
        followers.add(ownerId);
    }

    /** A person asks to join; the owner already belongs, and nobody applies twice. */
    public void apply(long accountId, String motivation, OffsetDateTime now) {
        if (isOwner(accountId) || membership(accountId).isPresent()) {
            throw new DomainException(Kind.CONFLICT, "collective.apply.already");
        }
        memberships.add(new Membership(
                accountId,
                MemberStatus.APPLIED,
                Typed.optional(motivation, MOTIVATION_MAX, "collective.motivation", "motivation"),
                now));
        followers.add(accountId);
    }

    /** The owner or staff accept an application; the new member follows the collective. */
    public void accept(long applicantId, long byId, boolean byStaff, OffsetDateTime now) {
        if (!mayManage(byId, byStaff)) {
            throw new DomainException(Kind.FORBIDDEN, "collective.accept.forbidden");
        }
        var application = membership(applicantId)
                .filter(m -> m.getStatus() == MemberStatus.APPLIED)
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "collective.accept.noApplication"));
        // a new element rather than a changed one: the collection table is rewritten from what changed
        memberships.remove(application);
        memberships.add(new Membership(applicantId, MemberStatus.MEMBER, application.getMotivation(), now));
        followers.add(applicantId);
    }

    /** Writes the next version of the vision; only the owner and members do. */
    public VisionVersion reviseVision(String body, long authorId, OffsetDateTime now) {
        requireMember(authorId);
        var version = new VisionVersion(this, visionVersion + 1, body, authorId, now);
        visionVersion = version.getNumber();
        return version;
    }

    /** A new action of the plan; only the owner and members plan. */
    public PlanAction plan(String title, String ownerName, LocalDate dueOn, long byId, OffsetDateTime now) {
        requireMember(byId);
        return new PlanAction(this, title, ownerName, dueOn, now);
    }

    public void requireMember(long accountId) {
        if (!isMember(accountId)) {
            throw new DomainException(Kind.FORBIDDEN, "collective.membersOnly");
        }
    }

    public boolean isMember(long accountId) {
        return isOwner(accountId)
                || membership(accountId)
                        .filter(m -> m.getStatus() == MemberStatus.MEMBER)
                        .isPresent();
    }

    public boolean hasApplied(long accountId) {
        return membership(accountId)
                .filter(m -> m.getStatus() == MemberStatus.APPLIED)
                .isPresent();
    }

    public boolean mayManage(long accountId, boolean staff) {
        return staff || isOwner(accountId);
    }

    public boolean isOwner(long accountId) {
        return ownerId != null && ownerId == accountId;
    }

    /** No member owns it (the owner left with nobody to take over): programme staff keep it. */
    public boolean isOwnedByStaff() {
        return ownerId == null;
    }

    public void follow(long accountId) {
        followers.add(accountId);
    }

    public void unfollow(long accountId) {
        followers.remove(accountId);
    }

    /**
     * An erased member leaves: their membership or application and their following go; what they
     * wrote stays. An owner who leaves hands the collective to the member who has belonged longest
     * (the earliest accepted; applicants do not count), or, with no member left, to programme staff,
     * who manage every collective anyway: a collective is never owned by someone who is gone.
     */
    public boolean forget(long accountId) {
        boolean member = memberships.removeIf(m -> m.getAccountId() == accountId);
        boolean following = followers.remove(accountId);
        if (isOwner(accountId)) {
            var successor = memberships.stream()
                    .filter(m -> m.getStatus() == MemberStatus.MEMBER)
                    .min(Comparator.comparing(Membership::getSince).thenComparing(Membership::getAccountId));
            successor.ifPresent(memberships::remove);
            ownerId = successor.map(Membership::getAccountId).orElse(null);
            return true;
        }
        return following || member;
    }

    private Optional<Membership> membership(long accountId) {
        return memberships.stream().filter(m -> m.getAccountId() == accountId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public ValueStream getValueStream() {
        return valueStream;
    }

    public String getName() {
        return name;
    }

    /** The owning member's account, or null when programme staff own the collective. */
    public Long getOwnerId() {
        return ownerId;
    }

    public int getVisionVersion() {
        return visionVersion;
    }

    public List<Membership> getMemberships() {
        return List.copyOf(memberships);
    }

    public Set<Long> getFollowers() {
        return Set.copyOf(followers);
    }
}
