package org.tori.spaces.entity;

/**
 * Things that happen to people inside a space, fired inside the use case's transaction so an
 * observer can write its own outbox row in the same commit (notifications do). The space code does
 * not know who listens.
 */
public sealed interface SpaceActivity {

    long spaceId();

    /** A member joined the space as a participant. */
    record Joined(long spaceId, long accountId) implements SpaceActivity {}

    /** A team captain invited a member. */
    record TeamInvitation(long spaceId, long teamId, String teamName, long inviteeId, long captainId)
            implements SpaceActivity {}

    /** A member asked to join a team; the captain decides. */
    record JoinRequest(long spaceId, long teamId, String teamName, long requesterId, long captainId)
            implements SpaceActivity {}

    /** An invitation or request was answered: accepted or declined. */
    record TeamAnswer(long spaceId, long teamId, String teamName, long accountId, long answeredBy, boolean accepted)
            implements SpaceActivity {}

    /** An entry (a team's concept or an individual's contest entry) was submitted. */
    record EntrySubmitted(long spaceId, long entryId, long submitterId) implements SpaceActivity {}

    /** Staff screened an entry; the reason goes to the entrant. */
    record EntryScreened(long spaceId, long entryId, long submitterId, Entry.Screening decision, String reason)
            implements SpaceActivity {}

    /** Someone wrote a comment; {@code parentAuthorId} is set when it answers another member's comment. */
    record CommentWritten(long spaceId, long commentId, long authorId, Long parentAuthorId) implements SpaceActivity {}

    /** Staff hid or restored a comment; its author is told why. */
    record CommentModerated(long spaceId, long commentId, long authorId, boolean hidden, String reason)
            implements SpaceActivity {}
}
