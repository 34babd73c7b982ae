package org.tori.spaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A participant on the "looking for a team" board of a space, with a short pitch of what they bring. */
@Entity
@Table(name = "team_seeker")
@IdClass(TeamSeeker.Key.class)
@NamedQuery(
        name = TeamSeeker.OF_SPACE,
        query = "SELECT s FROM TeamSeeker s WHERE s.spaceId = :space ORDER BY s.since DESC")
@NamedQuery(name = TeamSeeker.OF_ACCOUNT, query = "SELECT s FROM TeamSeeker s WHERE s.accountId = :account")
public class TeamSeeker {

    public static final String OF_SPACE = "TeamSeeker.ofSpace";
    public static final String OF_ACCOUNT = "TeamSeeker.ofAccount";
    public static final int MAX_PITCH = 300;

    /** The key: space and account. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long spaceId;
        long accountId;

        public Key() {}

        public Key(long spaceId, long accountId) {
            this.spaceId = spaceId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.spaceId == spaceId && k.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(spaceId, accountId);
        }
    }

    @Id
    @Column(name = "space_id")
    private long spaceId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    private String pitch;
    private OffsetDateTime since;

    protected TeamSeeker() {}

    /** Only a participant of a space that forms teams may look for one. */
    public TeamSeeker(Space space, long accountId, String pitch, OffsetDateTime now) {
        if (!space.getKind().hasTeams() || !space.getKind().joinable(space.getPhase())) {
            throw new DomainException(Kind.CONFLICT, "team.closed");
        }
        if (!space.isParticipant(accountId)) {
            throw new DomainException(Kind.CONFLICT, "team.joinSpaceFirst");
        }
        this.spaceId = space.getId();
        this.accountId = accountId;
        this.since = Objects.requireNonNull(now);
        repitch(pitch);
    }

    public void repitch(String text) {
        if (text != null && text.strip().length() > MAX_PITCH) {
            throw new DomainException(Kind.INVALID, "board.pitch.tooLong", "pitch");
        }
        this.pitch = text == null || text.isBlank() ? null : text.strip();
    }

    public long getAccountId() {
        return accountId;
    }

    public String getPitch() {
        return pitch;
    }

    public OffsetDateTime getSince() {
        return since;
    }
}
