package org.tori.judging.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.judging.entity.ImpactValue;
import org.tori.judging.entity.Prize;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.faces.Page;
import org.tori.spaces.boundary.Entries;
import org.tori.spaces.boundary.EntrySummary;

/**
 * The set-up forms of the organisers' judging page: criteria, jurors, conflicts and prizes. Each is a
 * plain form posting back with a button named {@code op}; this reads its fields and hands them to
 * {@link Judging} and {@link Prizes}, which hold the rules (and the locks once scoring starts).
 */
@RequestScoped
public class JudgingSetUp {

    /** A juror with their name, as the set-up lists them. */
    public record Member(long id, String name, String email) {}

    @Inject
    Judging judging;

    @Inject
    Prizes prizes;

    @Inject
    Accounts accounts;

    @Inject
    Entries entries;

    private long space;

    /** The set-up forms' buttons (the value of {@code op}). */
    enum Op {
        CRITERION_ADD,
        CRITERION_REMOVE,
        JUROR_APPOINT,
        CONFLICT_ADD,
        PRIZE_ADD,
        PRIZE_REMOVE
    }

    /** Acts on the posted form; an {@code op} that is none of them answers 400. */
    String act(long spaceId, Actor actor) {
        space = spaceId;
        var op = Page.choice(Op.class, "op").orElseThrow();
        switch (op) {
            case CRITERION_ADD ->
                judging.addCriterion(
                        spaceId,
                        Page.param("criterion-name"),
                        Page.param("criterion-description"),
                        whole("criterion-weight", "criterion.weight.range", "weight"),
                        Page.choice(ImpactValue.class, "criterion-impact").orElse(null),
                        actor);
            case CRITERION_REMOVE -> judging.removeCriterion(spaceId, Page.id("criterion"), actor);
            case JUROR_APPOINT -> judging.appointJuror(spaceId, Page.id("juror"), actor);
            case CONFLICT_ADD ->
                judging.declareConflictFor(spaceId, Page.id("conflict-entry"), Page.id("conflict-juror"), actor);
            case PRIZE_ADD -> {
                var basis = Page.choice(Prize.Basis.class, "prize-basis").orElse(null);
                var place = Page.param("prize-place") == null
                                || Page.param("prize-place").isBlank()
                        ? null
                        : whole("prize-place", "prize.place.required", "place");
                var amount = Page.param("prize-amount") == null
                                || Page.param("prize-amount").isBlank()
                        ? null
                        : number("prize-amount", "prize.amount.invalid", "amountEur");
                prizes.add(
                        spaceId,
                        new PrizeForm(
                                Page.param("prize-name"),
                                amount,
                                basis,
                                place,
                                Page.choice(ImpactValue.class, "prize-impact").orElse(null)),
                        Page.param("prize-description"),
                        actor);
            }
            case PRIZE_REMOVE -> prizes.remove(spaceId, Page.id("prize"), actor);
            default -> throw new IllegalStateException(op.name());
        }
        return op.name().toLowerCase(Locale.ROOT);
    }

    private static int whole(String field, String key, String refusedField) {
        try {
            return number(field, key, refusedField).intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new DomainException(Kind.INVALID, key, refusedField);
        }
    }

    /** A number as people type it: spaces and a decimal comma allowed; anything else is refused with the key. */
    private static BigDecimal number(String field, String key, String refusedField) {
        var raw = Page.param(field);
        try {
            if (raw != null && raw.length() > 20) {
                throw new NumberFormatException();
            }
            return new BigDecimal((raw == null ? "" : raw)
                    .strip()
                    .replace(" ", "")
                    .replace("\u00a0", "")
                    .replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new DomainException(Kind.INVALID, key, refusedField);
        }
    }

    public void setSpace(long space) {
        this.space = space;
    }

    public List<CriterionSummary> getCriteria() {
        return judging.criteria(space);
    }

    public int getWeightSum() {
        return judging.weightSum(space);
    }

    /** The message key saying why criteria are locked, or null while they may change. */
    public String getCriteriaLock() {
        return judging.criteriaLock(space).orElse(null);
    }

    public String getPrizeLock() {
        return prizes.lock(space).orElse(null);
    }

    public List<Member> getJurors() {
        return judging.jurors(space).stream()
                .map(this::member)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Members found by the juror search (the {@code juror-q} field), jurors already appointed left out. */
    public List<Member> getFound() {
        var appointed = judging.jurors(space);
        return accounts.search(Page.param("juror-q"), 10).stream()
                .filter(a -> !appointed.contains(a.id()))
                .map(JudgingSetUp::member)
                .toList();
    }

    public List<EntrySummary> getEntries() {
        return entries.entries(space);
    }

    public List<ImpactValue> getImpacts() {
        return List.of(ImpactValue.values());
    }

    public List<Prize.Basis> getBases() {
        return List.of(Prize.Basis.values());
    }

    public String name(long accountId) {
        return member(accountId).map(Member::name).orElse("");
    }

    public String title(long entryId) {
        return getEntries().stream()
                .filter(e -> e.id() == entryId)
                .map(EntrySummary::title)
                .findFirst()
                .orElse("");
    }

    private Optional<Member> member(long id) {
        return accounts.find(id).map(JudgingSetUp::member);
    }

    private static Member member(AccountSummary a) {
        return new Member(a.id(), a.name(), a.email());
    }
}
