package org.tori.valuestreams.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One person's application to, or membership of, a collective. */
@Embeddable
public class Membership {

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    private String motivation;
    private OffsetDateTime since;

    protected Membership() {}

    Membership(long accountId, MemberStatus status, String motivation, OffsetDateTime since) {
        this.accountId = accountId;
        this.status = Objects.requireNonNull(status);
        this.motivation = motivation;
        this.since = Objects.requireNonNull(since);
    }

    public long getAccountId() {
        return accountId;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public String getMotivation() {
        return motivation;
    }

    public OffsetDateTime getSince() {
        return since;
    }
}
