package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.platform.lifeevents.ItemKind;
import org.tori.spaces.boundary.SpaceFilter;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.ValueStream;
import org.tori.valuestreams.boundary.Collectives;
import org.tori.valuestreams.boundary.LifeEvents;
import org.tori.valuestreams.entity.ActionStatus;
import org.tori.valuestreams.entity.Collective;

/**
 * Two streams with life events (families with children, working adults) and the families'
 * collective with a vision in two versions, an action plan and the demo citizen as a member.
 * Created once, after the demo spaces and stories.
 */
@ApplicationScoped
public class DemoValueStreams {

    @Inject
    Collectives collectives;

    @Inject
    LifeEvents lifeEvents;

    @Inject
    Accounts accounts;

    @Inject
    Spaces spaces;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tori")
    EntityManager em;
    /** Seeds the demo value streams unless the families' collective exists already. */
    public void seed() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        var citizenId = accounts.idOf("citizen@demo.tori.fi");
        if (staffId.isEmpty()
                || !em.createNamedQuery(Collective.BY_STREAM, Collective.class)
                        .setParameter("stream", ValueStream.FAMILY_WITH_CHILDREN)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        var staff = Actor.staff(staffId.get());
        long birth = lifeEvents.create(
                ValueStream.FAMILY_WITH_CHILDREN,
                "Lapsen syntymä",
                "The birth of a child",
                "Ett barns födelse",
                "Maternity clinic, family allowances, day care place: what a family needs in the first year.",
                staff);
        lifeEvents.create(
                ValueStream.FAMILY_WITH_CHILDREN,
                "Koulun aloitus",
                "Starting school",
                "Skolstarten",
                "Enrolment, the way to school, afternoon clubs.",
                staff);
        lifeEvents.create(
                ValueStream.WORKING_ADULT,
                "Työttömyys",
                "Unemployment",
                "Arbetslöshet",
                "Income, training and the way back to work.",
                staff);
        lifeEvents.create(
                ValueStream.WORKING_ADULT,
                "Läheisen sairastuminen",
                "The sickness of a loved one",
                "En närståendes sjukdom",
                "Care leave, informal carer's support and respite.",
                staff);
        spaces.list(new SpaceFilter(SpaceKind.HACKATHON, null, null, null, null, null), 0, 1, null).items().stream()
                .findFirst()
                .ifPresent(hackathon -> lifeEvents.tag(birth, ItemKind.SPACE, hackathon.id(), staff));

        long id = collectives.start(ValueStream.FAMILY_WITH_CHILDREN, "Families' development collective", staff);
        collectives.reviseVision(id, "Every family finds the services of a life event in one place.", staff);
        collectives.reviseVision(id, """
                Every family in Tampere finds the services of a life event in one place, in its own language.
                Services are designed with the families who use them.""", staff);
        var today = LocalDate.now(clock);
        long map = collectives.plan(
                id,
                "Map the services of the first year of a child",
                "Family services unit",
                today.plusMonths(1),
                staff);
        collectives.plan(
                id,
                "Test a shared calendar of clinic and day care appointments",
                "Smart Tampere",
                today.plusMonths(4),
                staff);
        collectives.move(id, map, ActionStatus.IN_PROGRESS, staff);
        citizenId.ifPresent(citizen -> {
            var person = Actor.member(citizen);
            collectives.apply(id, "A parent of two; I would like to help test the calendar.", person);
            collectives.accept(id, citizen, staff);
            collectives.comment(id, "The first-year map should include the maternity clinic's evening hours.", person);
        });
    }
}
