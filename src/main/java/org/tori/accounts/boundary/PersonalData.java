package org.tori.accounts.boundary;

/**
 * What one feature holds about a member, for the member's own copy of their data. Each feature that
 * stores something about a person implements it in its boundary; accounts finds them all.
 */
public interface PersonalData {

    /** The name of this part in the exported JSON, e.g. "comments". */
    String section();

    /** Everything this feature keeps about the account, as records, lists and maps. */
    Object of(long accountId);
}
