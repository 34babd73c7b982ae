package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.livinglabs.boundary.FeedbackInput;
import org.tori.livinglabs.boundary.LivingLabs;
import org.tori.livinglabs.entity.LabDetails;
import org.tori.spaces.boundary.SpaceForm;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * A living lab in a Tampere shopping centre, after the city's real experiments with retail
 * partners: a startup tests an indoor wayfinding and accessibility guide with shoppers. Proposed by
 * the demo company, approved by staff, testing now with three testers' feedback. Created once,
 * through the boundaries.
 */
@ApplicationScoped
public class DemoLivingLabs {

    static final String TITLE = "Shopping centre wayfinding guide: living lab";
    private static final Logger LOG = Logger.getLogger(DemoLivingLabs.class.getName());

    @Inject
    Spaces spaces;

    @Inject
    DemoSpaceLookup lookup;

    @Inject
    LivingLabs labs;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Creates this part of the demo content unless it is there already. */
    public void seed() {
        var demoStaff = lookup.staff();
        var companyId = accounts.idOf("startup@demo.tori.fi");
        if (demoStaff.isEmpty() || companyId.isEmpty() || lookup.exists(SpaceKind.LIVING_LAB, TITLE, demoStaff.get())) {
            return;
        }
        var staff = demoStaff.get();
        var company = Actor.company(companyId.get());
        var today = OffsetDateTime.now(clock).with(LocalTime.NOON);
        long space = labs.propose(
                form(today),
                new LabDetails(
                        "A phone guide that leads shoppers to shops, lifts, toilets and exits with spoken directions and step-free routes, without installing an app.",
                        "Ratina shopping centre, Tampere: entrances A and C and the second floor",
                        "Do first-time visitors, wheelchair users and older shoppers find their way faster? Which directions confuse people?",
                        "Shoppers of all ages; we especially hope for wheelchair or pram users and people with low vision.",
                        12,
                        List.of(
                                "How easy was it to find where you were going?",
                                "How clear were the spoken directions?",
                                "How likely are you to use the guide again?")),
                company);
        labs.approve(space, staff);
        spaces.move(space, Phase.TESTING, null, staff);

        give(
                space,
                "citizen@demo.tori.fi",
                List.of(5, 4, 5),
                "The lift directions were spot on, and I did not need to download anything.",
                "It sent me to entrance C although A was closer.");
        give(
                space,
                "city@demo.tori.fi",
                List.of(4, 3, 4),
                "Step-free routes are a real help with a pram.",
                "Directions were hard to hear near the food court.");
        give(space, "admin@demo.tori.fi", List.of(3, 3, 4), null, "The guide lost my position on the second floor.");
        LOG.info("Demo living lab created");
    }

    private void give(long space, String email, List<Integer> ratings, String worked, String didNot) {
        accounts.idOf(email).ifPresent(id -> {
            labs.signUp(space, id);
            labs.giveFeedback(space, id, new FeedbackInput(ratings, worked, didNot));
        });
    }

    private static SpaceForm form(OffsetDateTime today) {
        var form = new SpaceForm();
        form.setKind(SpaceKind.LIVING_LAB);
        form.setTitle(TITLE);
        form.setSummary(
                "Try a phone guide that finds the way inside Ratina shopping centre, and tell the startup what worked.");
        form.setDescription("""
                Big shopping centres are easy to get lost in, and hardest for those who need a lift or a step-free
                route. A Tampere startup tests its **indoor wayfinding guide** with real shoppers for two weeks,
                together with the centre and the city.

                Sign up as a tester, walk a few routes during the test window and rate the guide. The results are
                published here and feed the city's lessons on accessible services.
                """);
        form.setThemes(EnumSet.of(Theme.PEOPLE, Theme.PROSPERITY));
        form.setDomain(CityDomain.MOBILITY);
        form.setValueStreams(
                EnumSet.of(ValueStream.VISITOR, ValueStream.SENIOR_CITIZEN, ValueStream.CUSTOMER_EXPERIENCE));
        form.setOrganiser("Wayfinder Startup Oy with Ratina and the City of Tampere");
        form.setCity("Tampere");
        form.setPlace("Ratina shopping centre");
        form.setOpensAt(today.minusDays(3));
        form.setSubmissionDeadline(today.plusDays(11));
        return form;
    }
}
