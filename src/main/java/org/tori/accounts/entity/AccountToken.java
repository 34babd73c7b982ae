package org.tori.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.cache.NotOnPublicPages;

/** A one-time link sent by mail. Stored by the hash of its secret; usable once, until it expires. */
@NotOnPublicPages
@Entity
@Table(name = "account_token")
public class AccountToken {

    public enum Purpose {
        VERIFY_EMAIL(Duration.ofDays(3)),
        RESET_PASSWORD(Duration.ofHours(1));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected AccountToken() {}

    public AccountToken(String tokenHash, Account account, Purpose purpose, OffsetDateTime now) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.expiresAt = now.plus(purpose.lifetime);
    }

    /** Spends the token for the given purpose and returns whose it was. */
    public Account use(Purpose expected, OffsetDateTime now) {
        if (purpose != expected || usedAt != null || !now.isBefore(expiresAt)) {
            throw new DomainException(Kind.INVALID, "account.token.invalid");
        }
        usedAt = now;
        return account;
    }
}
