package org.tori.maturity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The one maturity model; every change by staff raises its version, which assessments record. */
@Entity
@Table(name = "maturity_model")
public class MaturityModel {

    public static final long ID = 1L;

    @Id
    private Long id;

    private int version;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected MaturityModel() {}

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public void changed(OffsetDateTime at) {
        version++;
        changedAt = at;
    }
}
