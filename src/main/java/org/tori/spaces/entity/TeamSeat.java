package org.tori.spaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A person's place in a team: member, invited or asking, and since when. */
@Embeddable
public class TeamSeat {
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Team.Membership status;

    @Column(name = "since")
    private OffsetDateTime since;

    protected TeamSeat() {}

    TeamSeat(Team.Membership status, OffsetDateTime since) {
        this.status = Objects.requireNonNull(status);
        this.since = since;
    }

    public Team.Membership status() {
        return status;
    }

    public OffsetDateTime since() {
        return since == null ? OffsetDateTime.MIN : since;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TeamSeat seat && seat.status == status && Objects.equals(seat.since, since);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, since);
    }
}
