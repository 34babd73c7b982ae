package org.tori.accounts.boundary;

import java.util.Set;

/**
 * What one feature holds about a member, for the member's own copy of their data. Each feature that
 * stores something about a person implements it in its boundary; accounts finds them all.
 */
public interface PersonalData {

    /** The name of this part in the exported JSON, e.g. "comments". */
    String section();

    /** Everything this feature keeps about the account, as records, lists and maps. */
    Object of(long accountId);

    /**
     * The columns pointing at an account ({@code table.column}) whose rows this part exports. A test
     * compares them with the schema, so a new column about a person cannot be left out of the copy.
     * Must not use injected fields.
     */
    Set<String> covers();
}
