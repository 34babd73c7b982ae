package org.tori.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A member's wish to act as a company or a partner city. Claiming it opens nothing: the account
 * stays a citizen until staff approve (or an approved partner city invites a colleague), because
 * partners-only content is shared on the trust that only real partners read it.
 */
@Entity
@Table(name = "role_request")
@NamedQuery(
        name = RoleRequest.PENDING,
        query =
                "SELECT r FROM RoleRequest r WHERE r.state = org.tori.accounts.entity.RoleRequest.State.PENDING AND r.account.erasedAt IS NULL ORDER BY r.createdAt, r.id")
@NamedQuery(
        name = RoleRequest.PENDING_COUNT,
        query =
                "SELECT COUNT(r) FROM RoleRequest r WHERE r.state = org.tori.accounts.entity.RoleRequest.State.PENDING AND r.account.erasedAt IS NULL")
@NamedQuery(
        name = RoleRequest.DECIDED_BY,
        query =
                "SELECT r FROM RoleRequest r WHERE r.decidedBy = :account OR r.invitedBy = :account ORDER BY r.createdAt, r.id")
@NamedQuery(
        name = RoleRequest.OF_ACCOUNT,
        query = "SELECT r FROM RoleRequest r WHERE r.account.id = :account ORDER BY r.createdAt DESC, r.id DESC")
public class RoleRequest {

    public static final String PENDING = "RoleRequest.pending";
    public static final String PENDING_COUNT = "RoleRequest.pendingCount";
    public static final String OF_ACCOUNT = "RoleRequest.ofAccount";
    public static final String DECIDED_BY = "RoleRequest.decidedBy";
    public static final int MAX_REASON = 1000;

    public enum State {
        PENDING,
        APPROVED,
        REFUSED
    }

    @Id
    @SequenceGenerator(name = "role_request_seq", sequenceName = "role_request_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_request_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_role")
    private Role requestedRole;

    private String organisation;
    private String city;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    private State state;

    private String reason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Version
    private long version;

    protected RoleRequest() {}

    public RoleRequest(Account account, Role requestedRole, String organisation, String city, OffsetDateTime now) {
        this.account = Objects.requireNonNull(account);
        if (requestedRole != Role.COMPANY && requestedRole != Role.CITY_PARTNER) {
            throw new DomainException(Kind.INVALID, "account.role.invalid", "role");
        }
        this.requestedRole = requestedRole;
        this.organisation = clean(organisation);
        this.city = clean(city);
        requireClaim(this.organisation, this.city);
        this.createdAt = Objects.requireNonNull(now);
        this.state = State.PENDING;
    }

    /** A colleague invited by an approved partner city: approved by that invitation at once. */
    public static RoleRequest invited(Account account, String city, long inviterId, OffsetDateTime now) {
        var request = new RoleRequest(account, Role.CITY_PARTNER, account.getOrganisation(), city, now);
        request.invitedBy = inviterId;
        request.approve(inviterId, null, null, now);
        return request;
    }

    /** A pending partner-city request that a colleague's invitation settles, in the inviter's city. */
    public void approveByInvitation(long inviterId, String city, OffsetDateTime now) {
        if (requestedRole != Role.CITY_PARTNER) {
            throw new DomainException(Kind.CONFLICT, "role.request.decided");
        }
        approve(inviterId, null, city, now);
        this.invitedBy = inviterId;
    }

    /**
     * Staff approve, confirming the claimed organisation and city or correcting them (blank keeps
     * the claim); the account gets the role at once.
     */
    public void approve(long staffId, String organisation, String city, OffsetDateTime now) {
        requirePending();
        var confirmedOrganisation = clean(organisation) == null ? this.organisation : clean(organisation);
        var confirmedCity = clean(city) == null ? this.city : clean(city);
        requireClaim(confirmedOrganisation, confirmedCity);
        this.organisation = confirmedOrganisation;
        this.city = confirmedCity;
        account.grant(requestedRole, confirmedOrganisation, confirmedCity);
        decide(State.APPROVED, staffId, now);
    }

    /** Staff refuse and must say why: the person reads the reason in their mail and on their profile. */
    public void refuse(long staffId, String reason, OffsetDateTime now) {
        requirePending();
        var why = clean(reason);
        if (why == null) {
            throw new DomainException(Kind.INVALID, "role.request.reason.required", "reason");
        }
        if (why.length() > MAX_REASON) {
            throw new DomainException(Kind.INVALID, "role.request.reason.size", "reason");
        }
        this.reason = why;
        decide(State.REFUSED, staffId, now);
    }

    private void decide(State outcome, long staffId, OffsetDateTime now) {
        this.state = outcome;
        this.decidedBy = staffId;
        this.decidedAt = Objects.requireNonNull(now);
    }

    private void requirePending() {
        if (state != State.PENDING) {
            throw new DomainException(Kind.CONFLICT, "role.request.decided");
        }
    }

    private void requireClaim(String organisation, String city) {
        if (requestedRole == Role.COMPANY && organisation == null) {
            throw new DomainException(Kind.INVALID, "account.organisation.required", "organisation");
        }
        if (requestedRole == Role.CITY_PARTNER && city == null) {
            throw new DomainException(Kind.INVALID, "account.city.required", "city");
        }
        if (organisation != null && organisation.length() > 160) {
            throw new DomainException(Kind.INVALID, "role.request.organisation.size", "organisation");
        }
        if (city != null && city.length() > 120) {
            throw new DomainException(Kind.INVALID, "role.request.city.size", "city");
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Role getRequestedRole() {
        return requestedRole;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getCity() {
        return city;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public State getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }
}
