package org.tori.knowledge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.knowledge.entity.Reader;

/**
 * Who reads on this request. Besides signed-in members, scripts (bin/tori import, reindex) act as
 * staff with the operator token, when one is configured.
 */
@RequestScoped
public class CurrentReader {

    @Inject
    CurrentMember member;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "tori.operator-token")
    Optional<String> operatorToken;

    private Reader reader;

    public Reader get() {
        if (reader == null) {
            reader = resolve();
        }
        return reader;
    }

    public boolean isOperator() {
        var expected = operatorToken.filter(t -> t.length() >= 16).orElse(null);
        var header = request == null ? null : request.getHeader("Authorization");
        if (expected == null || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private Reader resolve() {
        var id = member.id();
        if (id.isEmpty()) {
            return isOperator() ? Lessons.SYSTEM : Reader.ANONYMOUS;
        }
        var partner = member.isCityPartner();
        var city = partner ? accounts.find(id.get()).map(AccountSummary::city).orElse(null) : null;
        return new Reader(id.get(), member.isStaff(), partner, city);
    }
}
