package org.tori.accounts.entity;

/**
 * A member erased their account. Fired inside the erasing transaction, so that features which keep
 * personal data of their own (queued mails, mail choices, follows) drop it in the same commit.
 */
public record AccountErased(long accountId, String formerEmail) {}
