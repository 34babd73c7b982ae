package org.tori.judging.entity;

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

/** One verified member's public vote in a space; shown apart from the jury's score. */
@Entity
@Table(name = "public_vote")
@NamedQuery(name = Vote.BY_VOTER, query = "SELECT v FROM Vote v WHERE v.spaceId = :space AND v.accountId = :account")
@NamedQuery(
        name = Vote.COUNTS,
        query = "SELECT v.entryId, COUNT(v) FROM Vote v WHERE v.spaceId = :space GROUP BY v.entryId")
public class Vote {

    public static final String BY_VOTER = "Vote.byVoter";
    public static final String COUNTS = "Vote.counts";

    @Id
    @SequenceGenerator(name = "vote_seq", sequenceName = "vote_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vote_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Column(name = "entry_id")
    private long entryId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "cast_at")
    private OffsetDateTime castAt;

    protected Vote() {}

    public Vote(long spaceId, long entryId, long accountId, OffsetDateTime now) {
        this.spaceId = spaceId;
        this.entryId = entryId;
        this.accountId = accountId;
        this.castAt = Objects.requireNonNull(now);
    }

    public long getEntryId() {
        return entryId;
    }
}
