package org.tori.valuestreams.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.spaces.entity.ValueStream;
import org.tori.valuestreams.entity.ActionStatus;

/** A collective as its page shows it to one viewer, with what that viewer may do. */
public record CollectivePage(
        long id,
        String name,
        ValueStream stream,
        String slug,
        /** Null when programme staff own the collective (its owner left with no member to take over). */
        String ownerName,
        List<Person> members,
        List<Person> applicants,
        List<Vision> visions,
        List<Action> actions,
        List<Remark> comments,
        boolean member,
        boolean applied,
        boolean manager,
        boolean following,
        boolean signedIn) {

    public record Person(long id, String name, String organisation, String motivation) {}

    public record Vision(int number, String body, String author, OffsetDateTime writtenAt) {}

    public record Action(
            long id, String title, String owner, LocalDate dueOn, ActionStatus status, List<ActionStatus> next) {}

    public record Remark(long id, String author, String body, OffsetDateTime writtenAt) {}

    /** The newest version of the vision, or null before the first. */
    public Vision currentVision() {
        return visions.isEmpty() ? null : visions.get(0);
    }
}
