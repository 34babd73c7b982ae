package org.tori.knowledge.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.security.OperatorToken;

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
    OperatorToken operatorToken;

    private Reader reader;

    public Reader get() {
        if (reader == null) {
            reader = resolve();
        }
        return reader;
    }

    public boolean isOperator() {
        return operatorToken.presented();
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
