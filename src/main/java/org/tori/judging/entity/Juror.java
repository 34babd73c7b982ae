package org.tori.judging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A member appointed by staff to judge the entries of one space. */
@Entity
@Table(name = "juror")
@NamedQuery(name = Juror.OF_SPACE, query = "SELECT j FROM Juror j WHERE j.spaceId = :space")
@NamedQuery(name = Juror.ONE, query = "SELECT j FROM Juror j WHERE j.spaceId = :space AND j.accountId = :account")
@NamedQuery(
        name = Juror.OF_ACCOUNT,
        query = "SELECT j FROM Juror j WHERE j.accountId = :account ORDER BY j.spaceId DESC")
public class Juror {

    public static final String OF_SPACE = "Juror.ofSpace";
    public static final String ONE = "Juror.one";
    public static final String OF_ACCOUNT = "Juror.ofAccount";

    @Id
    @SequenceGenerator(name = "juror_seq", sequenceName = "juror_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juror_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Column(name = "account_id")
    private long accountId;

    protected Juror() {}

    public Juror(long spaceId, long accountId) {
        this.spaceId = spaceId;
        this.accountId = accountId;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public long getAccountId() {
        return accountId;
    }
}
