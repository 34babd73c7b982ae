package org.tori.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.cache.NotOnPublicPages;

/**
 * Failed log-ins for an address that has no account, counted by the members' rule
 * ({@link FailedLogins}) and kept in the database, so that every portal instance pauses such an
 * address after the same five attempts as a member's: the answer never tells which addresses are
 * members, however the attempts are spread over the cluster. Only a hash of the address is kept.
 */
@NotOnPublicPages
@Entity
@Table(name = "unknown_address_login")
@NamedQuery(
        name = UnknownAddressLogins.PURGE,
        query = "DELETE FROM UnknownAddressLogins u WHERE u.lastFailedAt < :before")
public class UnknownAddressLogins {

    public static final String PURGE = "UnknownAddressLogins.purge";

    @Id
    @Column(name = "address_hash")
    private String addressHash;

    @Embedded
    private FailedLogins failedLogins = new FailedLogins();

    @Column(name = "last_failed_at")
    private OffsetDateTime lastFailedAt;

    protected UnknownAddressLogins() {}

    public UnknownAddressLogins(String addressHash, OffsetDateTime now) {
        this.addressHash = Objects.requireNonNull(addressHash);
        this.lastFailedAt = Objects.requireNonNull(now);
    }

    /**
     * One more failed log-in; while paused it does not count (as for a member, the password is not
     * even looked at).
     * @return until when log-ins for the address pause, or null
     */
    public OffsetDateTime failed(OffsetDateTime now) {
        if (!failedLogins.isThrottled(now)) {
            failedLogins.failed(now);
        }
        lastFailedAt = now;
        return failedLogins.isThrottled(now) ? failedLogins.lockedUntil() : null;
    }
}
