package org.tori.judging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A juror said they are too close to an entry; they do not score it, and earlier scores stop counting. */
@Entity
@Table(name = "conflict_of_interest")
@NamedQuery(
        name = ConflictOfInterest.OF_ENTRIES,
        query = "SELECT c FROM ConflictOfInterest c WHERE c.entryId IN :entries")
public class ConflictOfInterest {

    public static final String OF_ENTRIES = "ConflictOfInterest.ofEntries";

    @Id
    @SequenceGenerator(name = "conflict_seq", sequenceName = "conflict_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conflict_seq")
    private Long id;

    @Column(name = "entry_id")
    private long entryId;

    @Column(name = "juror_id")
    private long jurorId;

    protected ConflictOfInterest() {}

    public ConflictOfInterest(long entryId, long jurorId) {
        this.entryId = entryId;
        this.jurorId = jurorId;
    }

    public ScoreSheet.Conflict asConflict() {
        return new ScoreSheet.Conflict(entryId, jurorId);
    }
}
