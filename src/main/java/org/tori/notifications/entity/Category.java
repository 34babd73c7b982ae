package org.tori.notifications.entity;

/**
 * What a mail is about; members choose a cadence per category. Account mails (verification,
 * password reset) are no category: they always go out. A new kind of news (the knowledge base's
 * lessons and practices) becomes a new constant here, an observer and its templates.
 */
public enum Category {
    /** A space opened that matches the member's interests or follows. */
    NEW_SPACES,
    /** Joining, teams, the member's own entries. */
    PARTICIPATION,
    /** Submission deadlines coming near while something is still to do. */
    DEADLINES,
    /** Jury assignments, results, pilots. */
    JUDGING,
    /** Replies to the member's comments and moderation of their content. */
    COMMUNITY,
    /** Announcements staff send to the participants of a space. */
    ANNOUNCEMENTS,
    /** Milestones published on roadmap items the member follows. */
    ROADMAP,
    /** New versions of a followed development collective's vision and changes to its action plan. */
    COLLECTIVES,
    /** News and media releases published on the themes the member follows. */
    NEWS;

    public Cadence defaultCadence() {
        return Cadence.IMMEDIATELY;
    }
}
