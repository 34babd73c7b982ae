package org.tori.citytocity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A city partner accepted one version of a space's agreement, for their city, at a moment. */
@Entity
@NamedQuery(
        name = Acceptance.BY_ACCOUNT,
        query = "SELECT a FROM Acceptance a WHERE a.accountId = :account ORDER BY a.id")
@Table(name = "c2c_acceptance")
@NamedQuery(
        name = Acceptance.OF_SPACE,
        query = "SELECT a FROM Acceptance a WHERE a.spaceId = :space ORDER BY a.acceptedAt, a.id")
@NamedQuery(
        name = Acceptance.NEWEST_OF,
        query = "SELECT MAX(a.agreementVersion) FROM Acceptance a"
                + " WHERE a.spaceId = :space AND a.accountId = :account")
public class Acceptance {

    public static final String OF_SPACE = "Acceptance.ofSpace";
    public static final String BY_ACCOUNT = "Acceptance.byAccount";
    public static final String NEWEST_OF = "Acceptance.newestOf";

    @Id
    @SequenceGenerator(name = "c2c_acceptance_seq", sequenceName = "c2c_acceptance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "c2c_acceptance_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Column(name = "account_id")
    private long accountId;

    private String city;

    @Column(name = "agreement_version")
    private int agreementVersion;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    protected Acceptance() {}

    Acceptance(long spaceId, long accountId, String city, int agreementVersion, OffsetDateTime now) {
        this.spaceId = spaceId;
        this.accountId = accountId;
        this.city = Objects.requireNonNull(city);
        this.agreementVersion = agreementVersion;
        this.acceptedAt = Objects.requireNonNull(now);
    }

    public long getSpaceId() {
        return spaceId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCity() {
        return city;
    }

    public int getAgreementVersion() {
        return agreementVersion;
    }

    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }
}
