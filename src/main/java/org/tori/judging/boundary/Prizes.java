package org.tori.judging.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tori.accounts.boundary.Actor;
import org.tori.judging.entity.Prize;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.Phase;

/** The prize categories of a space: defined before results, awarded when results are published. */
@ApplicationScoped
@Transactional
public class Prizes {

    /** A prize as the public sees it, with the entries that won it once results are out. */
    public record PrizeView(
            long id,
            String name,
            BigDecimal amountEur,
            String basis,
            Integer place,
            String impact,
            List<Long> winners,
            String description) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Spaces spaces;

    /** Replaces the prize categories; only until results are published. */
    public List<PrizeView> define(long spaceId, List<PrizeForm> forms, Actor actor) {
        var phase = spaces.phaseOf(spaceId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "space.notFound"));
        if (actor == null || !spaces.mayManage(spaceId, actor)) {
            throw new DomainException(Kind.FORBIDDEN, "space.manage.forbidden");
        }
        if (phase == Phase.RESULTS || phase == Phase.ARCHIVED) {
            throw new DomainException(Kind.CONFLICT, "prize.frozen");
        }
        if (forms == null || forms.size() > 20) {
            throw new DomainException(Kind.INVALID, "prize.count", "prizes");
        }
        stored(spaceId).forEach(em::remove);
        em.flush();
        var created = new ArrayList<Prize>();
        for (int i = 0; i < forms.size(); i++) {
            var f = forms.get(i);
            if (f == null) {
                throw new DomainException(Kind.INVALID, "prize.name.required", "name");
            }
            var prize = new Prize(spaceId, f.name(), f.amountEur(), f.basis(), f.place(), f.impact(), i);
            em.persist(prize);
            created.add(prize);
        }
        return created.stream().map(Prizes::view).toList();
    }

    /** Adds one prize category at the end, with an amount, a description or both. */
    public void add(long spaceId, PrizeForm form, String description, Actor actor) {
        requireEditable(spaceId, actor);
        if (form == null) {
            throw new DomainException(Kind.INVALID, "prize.name.required", "name");
        }
        var stored = stored(spaceId);
        if (stored.size() >= 20) {
            throw new DomainException(Kind.INVALID, "prize.count", "prizes");
        }
        if (form.amountEur() == null && (description == null || description.isBlank())) {
            throw new DomainException(Kind.INVALID, "prize.amountOrDescription", "amountEur");
        }
        em.persist(new Prize(
                spaceId,
                form.name(),
                form.amountEur(),
                description,
                form.basis(),
                form.place(),
                form.impact(),
                stored.size()));
    }

    public void remove(long spaceId, long prizeId, Actor actor) {
        requireEditable(spaceId, actor);
        stored(spaceId).stream().filter(p -> p.getId() == prizeId).findFirst().ifPresent(em::remove);
    }

    /** Why the prizes cannot change now (a message key), or empty while they still may. */
    public Optional<String> lock(long spaceId) {
        var phase = spaces.phaseOf(spaceId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "space.notFound"));
        return phase == Phase.RESULTS || phase == Phase.ARCHIVED ? Optional.of("prize.frozen") : Optional.empty();
    }

    private void requireEditable(long spaceId, Actor actor) {
        if (lock(spaceId).isPresent()) {
            throw new DomainException(Kind.CONFLICT, "prize.frozen");
        }
        if (actor == null || !spaces.mayManage(spaceId, actor)) {
            throw new DomainException(Kind.FORBIDDEN, "space.manage.forbidden");
        }
    }

    public List<PrizeView> of(long spaceId) {
        return stored(spaceId).stream().map(Prizes::view).toList();
    }

    List<Prize> stored(long spaceId) {
        return em.createNamedQuery(Prize.OF_SPACE, Prize.class)
                .setParameter("space", spaceId)
                .getResultList();
    }

    private static PrizeView view(Prize p) {
        return new PrizeView(
                p.getId(),
                p.getName(),
                p.getAmountEur(),
                p.getBasis().name(),
                p.getPlace(),
                p.getImpact() == null ? null : p.getImpact().name(),
                p.getWinners().stream().sorted().toList(),
                p.getDescription());
    }
}
