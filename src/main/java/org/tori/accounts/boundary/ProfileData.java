package org.tori.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The account itself: what the member told Tori and what Tori recorded about their log-ins. */
@ApplicationScoped
public class ProfileData implements PersonalData {

    public record Profile(
            long id,
            String email,
            String name,
            String role,
            String organisation,
            String city,
            String language,
            String bio,
            List<String> skills,
            List<String> interests,
            boolean searchable,
            OffsetDateTime createdAt,
            OffsetDateTime verifiedAt,
            OffsetDateTime lockedUntil,
            List<Map<String, Object>> mailedLinks) {}

    @Inject
    Accounts accounts;

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Set<String> covers() {
        return Set.of("account_skill.account_id", "account_interest.account_id", "account_token.account_id");
    }

    @Override
    public Object of(long accountId) {
        return accounts.profileOf(accountId);
    }
}
