package org.tori.roadmap.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Where an item came from: one space, entry, lesson or story, by its id. */
@Embeddable
public class Origin {

    @Enumerated(EnumType.STRING)
    private OriginKind kind;

    @Column(name = "target_id")
    private long targetId;

    protected Origin() {}

    public Origin(OriginKind kind, long targetId) {
        this.kind = Objects.requireNonNull(kind);
        if (targetId <= 0) {
            throw new IllegalArgumentException("origin id " + targetId);
        }
        this.targetId = targetId;
    }

    public OriginKind getKind() {
        return kind;
    }

    public long getTargetId() {
        return targetId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origin other && kind == other.kind && targetId == other.targetId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, targetId);
    }
}
