package org.tori.livinglabs.entity;

/** What happens to a company's living lab proposal; notifications tell staff and the company. */
public sealed interface ProposalActivity {

    long spaceId();

    /** A company proposed an experiment, or rewrote one (revised) for staff to review. */
    record Arrived(long spaceId, long proposerId, boolean revised) implements ProposalActivity {}

    /** Staff approved the proposal (it opened) or returned it with a note of what to change. */
    record Decided(long spaceId, long proposerId, boolean approved, String note) implements ProposalActivity {}
}
