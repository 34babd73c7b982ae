package org.tori.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tori.accounts.entity.ProfileChanged;

/**
 * The answers {@link ErasedAccounts} reuses, forgotten for an account as soon as a change to it
 * commits on this instance. Kept apart from the class that reads the database: this bean may first
 * be created inside a transaction's completion, where the container injects no persistence context.
 */
@ApplicationScoped
public class AccountStandings {

    private static final int MAX_REMEMBERED = 10_000;

    /** The role of an account still in use, or none when it is erased or gone. */
    record Answer(Optional<String> role, long at) {}

    private final Map<Long, Answer> answers = new ConcurrentHashMap<>();

    Answer get(long accountId) {
        return answers.get(accountId);
    }

    void put(long accountId, Answer answer) {
        if (answers.size() > MAX_REMEMBERED) {
            answers.clear();
        }
        answers.put(accountId, answer);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
        answers.remove(changed.accountId());
    }
}
