package org.tori.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.tori.accounts.entity.Account;

/**
 * Failed log-ins for addresses that have no account, counted by the same rule as an account's own
 * (five, then a pause), so that the answer "too many attempts" does not tell which addresses are
 * members. Kept in memory: it only needs to look like the real rule, not to survive a restart.
 */
@ApplicationScoped
public class UnknownAddresses {

    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, OffsetDateTime lockedUntil) {
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    /** Records a failed log-in; answers until when the address is "locked", or null. */
    public OffsetDateTime failed(String address, OffsetDateTime now) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        var key = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
        var after = failures.compute(key, (k, before) -> {
            if (before != null && before.lockedUntil() != null && now.isBefore(before.lockedUntil())) {
                return before;
            }
            int count = (before == null || before.lockedUntil() != null ? 0 : before.count()) + 1;
            return count >= Account.MAX_FAILED_LOGINS
                    ? new Failures(0, now.plus(Account.LOCK_TIME)) : new Failures(count, null);
        });
        return after.lockedUntil() != null && now.isBefore(after.lockedUntil()) ? after.lockedUntil() : null;
    }
}
