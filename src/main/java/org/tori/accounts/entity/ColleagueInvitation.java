package org.tori.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * An approved partner city vouching for a colleague of the same city. Whoever registers with the
 * invited address through the mailed link becomes a partner city of that city, with no staff step.
 * Only a hash of the link's token is kept.
 */
@Entity
@Table(name = "colleague_invitation")
@NamedQuery(
        name = ColleagueInvitation.SENT_BY,
        query = "SELECT i FROM ColleagueInvitation i WHERE i.invitedBy = :account ORDER BY i.createdAt")
public class ColleagueInvitation {

    public static final String SENT_BY = "ColleagueInvitation.sentBy";

    public static final Duration VALID_FOR = Duration.ofDays(14);

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    private String email;
    private String city;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected ColleagueInvitation() {}

    public ColleagueInvitation(String tokenHash, EmailAddress email, Account inviter, OffsetDateTime now) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.email = Objects.requireNonNull(email).value();
        if (inviter.getRole() != Role.CITY_PARTNER || inviter.getCity() == null) {
            throw new DomainException(Kind.FORBIDDEN, "invitation.partnersOnly");
        }
        if (this.email.equals(inviter.getEmail())) {
            throw new DomainException(Kind.INVALID, "invitation.self", "colleague");
        }
        this.city = inviter.getCity();
        this.invitedBy = inviter.getId();
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Whether the link may still be used, by anyone registering with the invited address. */
    public boolean isOpen(OffsetDateTime now) {
        return usedAt == null && now.isBefore(createdAt.plus(VALID_FOR));
    }

    /** Spends the invitation for the given address; any other address, or a spent link, is refused. */
    public void use(EmailAddress registering, OffsetDateTime now) {
        if (!isOpen(now)) {
            throw new DomainException(Kind.INVALID, "invitation.invalid", "email");
        }
        if (!email.equals(registering.value())) {
            throw new DomainException(Kind.INVALID, "invitation.otherAddress", "email");
        }
        usedAt = Objects.requireNonNull(now);
    }

    public String getEmail() {
        return email;
    }

    public String getCity() {
        return city;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUsedAt() {
        return usedAt;
    }
}
