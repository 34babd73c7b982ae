package org.tori.consultations.entity;

import java.time.OffsetDateTime;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Phase;

/**
 * Where the consultation's comment round stands: the space's phase and deadline, and the newest
 * published version. Comments go to that version only, while the space is open and the deadline
 * has not passed: the clock moving the space to review a minute late must not let a late one in.
 */
public record CommentRound(Phase phase, OffsetDateTime deadline, int currentVersion) {

    public boolean isOpen(OffsetDateTime now) {
        return phase == Phase.OPEN && (deadline == null || !now.isAfter(deadline));
    }

    public void requireOpenFor(SpecVersion version, OffsetDateTime now) {
        if (!version.isPublished() || version.getNumber() != currentVersion) {
            throw new DomainException(Kind.CONFLICT, "consultation.comment.oldVersion", "body");
        }
        if (phase == Phase.OPEN && deadline != null && now.isAfter(deadline)) {
            throw new DomainException(Kind.CONFLICT, "consultation.comment.deadlinePassed", "body");
        }
        if (phase != Phase.OPEN) {
            throw new DomainException(Kind.CONFLICT, "consultation.comment.closed", "body");
        }
    }
}
