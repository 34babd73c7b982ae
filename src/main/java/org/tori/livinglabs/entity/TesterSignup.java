package org.tori.livinglabs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One member's sign-up to a lab: a place as tester, or a place in line. */
@Entity
@Table(name = "tester_signup")
public class TesterSignup {

    @Id
    @SequenceGenerator(name = "tester_signup_seq", sequenceName = "tester_signup_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tester_signup_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "space_id")
    private LivingLab lab;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private SignupStatus status;

    @Column(name = "signed_up_at")
    private OffsetDateTime signedUpAt;

    protected TesterSignup() {}

    TesterSignup(LivingLab lab, long accountId, SignupStatus status, OffsetDateTime now) {
        this.lab = Objects.requireNonNull(lab);
        this.accountId = accountId;
        this.status = Objects.requireNonNull(status);
        this.signedUpAt = Objects.requireNonNull(now);
    }

    void promote() {
        status = SignupStatus.TESTER;
    }

    public long getAccountId() {
        return accountId;
    }

    public SignupStatus getStatus() {
        return status;
    }

    public OffsetDateTime getSignedUpAt() {
        return signedUpAt;
    }

    boolean isTester() {
        return status == SignupStatus.TESTER;
    }
}
