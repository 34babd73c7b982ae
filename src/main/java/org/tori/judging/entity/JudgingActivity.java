package org.tori.judging.entity;

/** Judging events, fired inside the use case's transaction; notifications follow them. */
public sealed interface JudgingActivity {

    long spaceId();

    /** Staff appointed a juror to a space. */
    record JurorAppointed(long spaceId, long jurorId) implements JudgingActivity {}

    /** A winning entry was offered a paid pilot. */
    record PilotOffered(long spaceId, long entryId, long submitterId, String partner) implements JudgingActivity {}
}
