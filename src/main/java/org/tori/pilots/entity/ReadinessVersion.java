package org.tori.pilots.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.tori.platform.DomainException;

/** A version of the readiness list: a new one never changes the list a running pilot started with. */
@Entity
@Table(name = "readiness_version")
public class ReadinessVersion {

    @Id
    private int version;

    private String note;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected ReadinessVersion() {}

    public ReadinessVersion(int version, String note, OffsetDateTime now) {
        if (note != null && note.strip().length() > 500) {
            throw new DomainException(DomainException.Kind.INVALID, "pilot.text.long", "note");
        }
        this.version = version;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdAt = now;
    }

    public int getVersion() {
        return version;
    }

    public String getNote() {
        return note;
    }
}
