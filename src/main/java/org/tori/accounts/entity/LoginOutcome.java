package org.tori.accounts.entity;

import java.time.OffsetDateTime;

/** The answer to a log-in attempt, with enough detail to tell the person what to do next. */
public record LoginOutcome(Result result, Long accountId, Role role, OffsetDateTime lockedUntil) {

    public enum Result {
        SUCCESS,
        WRONG_CREDENTIALS,
        NOT_VERIFIED,
        THROTTLED
    }

    public static LoginOutcome success(long accountId, Role role) {
        return new LoginOutcome(Result.SUCCESS, accountId, role, null);
    }

    public static LoginOutcome refused(Result result, OffsetDateTime lockedUntil) {
        return new LoginOutcome(result, null, null, lockedUntil);
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
