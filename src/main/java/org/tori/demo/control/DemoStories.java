package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.judging.entity.ImpactValue;
import org.tori.knowledge.boundary.Lessons;
import org.tori.spaces.boundary.SpaceFilter;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;
import org.tori.stories.boundary.IndicatorForm;
import org.tori.stories.boundary.Stories;
import org.tori.stories.boundary.StoryForm;

/**
 * Stories drawn from the Smart Tampere experiments, with illustrative figures (marked as such in
 * their sources): three published, one scheduled, one draft, so the desk and the list both show
 * something. The crossings story links the finished demo contest, whose winner's pilot scaled up,
 * and a demo lesson, so a story's whole origin can be followed. Created once, after the demo
 * spaces, results and lessons.
 */
@ApplicationScoped
public class DemoStories {

    private static final Logger LOG = Logger.getLogger(DemoStories.class.getName());
    private static final String DEMO = " (demo figures)";

    @Inject
    Stories stories;

    @Inject
    Accounts accounts;

    @Inject
    Lessons lessons;

    @Inject
    Spaces spaces;

    @Inject
    Clock clock;

    /** Creates this part of the demo content unless it is there already. */
    public void seed() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        if (staffId.isEmpty()) {
            return;
        }
        var staff = Actor.staff(staffId.get());
        if (!stories.editorial(staff).isEmpty()) {
            return;
        }
        var spring = LocalDate.now(clock).minusMonths(2).withDayOfMonth(1);

        var robots = form(
                "Talking robots help pre-schoolers with numbers and languages",
                "Two Tampere start-ups and the city's early education tried robot tutors with children and teachers; universities now study the effect on learning.",
                """
                Pre-school groups practised counting with owl-shaped robots and German and English words with a talking
                robot. Teachers and children told the developers what the robots should sound and look like, and the
                start-ups changed them between rounds.

                The pilot ran with a simple cooperation agreement, so the companies could keep developing with real users.
                """,
                "Utelias Technologies, AI Robots, City of Tampere early education",
                EnumSet.of(Theme.PEOPLE, Theme.PROPAGATION),
                ValueStream.FAMILY_WITH_CHILDREN,
                "60000");
        robots.getIndicators()
                .add(indicator(
                        ImpactValue.SOCIAL,
                        "Children who practised with a robot each week",
                        "children",
                        null,
                        "420",
                        spring,
                        "Early education services"));
        robots.getIndicators()
                .add(indicator(
                        ImpactValue.RESEARCH,
                        "Studies started on learning with robots",
                        "studies",
                        "0",
                        "2",
                        spring,
                        "Tampere universities"));
        robots.getIndicators()
                .add(indicator(
                        ImpactValue.ECONOMIC,
                        "Licence sales of the start-ups after the pilot",
                        "EUR",
                        "0",
                        "95000",
                        spring,
                        "Company reports"));
        robots.setLessonIds(demoLessons("demo-robots-preschool", "demo-robots-library"));
        publish(staff, robots);

        var crossings = form(
                "Radar-lit crossings make school routes safer",
                "The winner of the pedestrian-crossing contest lit ten crossings in Tesoma as a pilot; the city now rolls them out.",
                """
                A radar wakes the lights of a dark crossing only when someone is about to cross. After the contest the
                city's street lighting ran a pilot with the winning start-up on ten school-route crossings, and scaled it
                up when the school reported far fewer near misses.

                The city had learned from an earlier street-lighting project to measure savings before promising them.
                """,
                "City of Tampere street lighting, Tesoma school",
                EnumSet.of(Theme.PEOPLE, Theme.PLANET),
                ValueStream.FAMILY_WITH_CHILDREN,
                "30000");
        crossings
                .getIndicators()
                .add(indicator(
                        ImpactValue.SOCIAL,
                        "Near misses reported by the school each winter",
                        "near misses",
                        "14",
                        "3",
                        spring,
                        "Tesoma school"));
        crossings
                .getIndicators()
                .add(indicator(
                        ImpactValue.ENVIRONMENTAL,
                        "Lighting energy per crossing",
                        "kWh/month",
                        "120",
                        "45",
                        spring,
                        "Street lighting"));
        crossings
                .getIndicators()
                .add(indicator(
                        ImpactValue.ECONOMIC,
                        "Yearly energy and maintenance savings",
                        "EUR",
                        "0",
                        "38000",
                        spring,
                        "Street lighting"));
        crossings.setSpaceId(finishedContest());
        crossings.setLessonIds(demoLessons("demo-street-lighting"));
        publish(staff, crossings);

        var chatbot = form(
                "A chatbot answers job seekers around the clock",
                "The city's employment services and a start-up built a chatbot with job seekers; the start-up grew on the pilot and other cities took the bot up.",
                """
                Job seekers asked the same questions again and again, by phone and at the desk. The team trained a chatbot on
                the services' answers, tested it with job seekers and improved it from their feedback every two weeks.
                """,
                "Osaamisbotti, Tampere employment services",
                EnumSet.of(Theme.PROSPERITY, Theme.GOVERNANCE),
                ValueStream.WORKING_ADULT,
                "40000");
        chatbot.getIndicators()
                .add(indicator(
                        ImpactValue.ECONOMIC,
                        "Yearly savings in advisers' time",
                        "EUR",
                        "0",
                        "70000",
                        spring,
                        "Employment services"));
        chatbot.getIndicators()
                .add(indicator(
                        ImpactValue.SOCIAL,
                        "Questions answered outside office hours",
                        "%",
                        "0",
                        "38",
                        spring,
                        "Chatbot statistics"));
        publish(staff, chatbot);

        var parcels = form(
                "Parcel terminals at local shops cut delivery driving",
                "Robotic parcel terminals in neighbourhood shops let people collect web orders on the way home.",
                "A robotic terminal stores parcels inside a local shop; buyers pick them up with a code whenever the shop is open.",
                "SmartMile, Kesko, Konecranes",
                EnumSet.of(Theme.PLANET, Theme.PROSPERITY),
                ValueStream.URBAN_ENVIRONMENT,
                "150000");
        parcels.getIndicators()
                .add(indicator(
                        ImpactValue.ENVIRONMENTAL,
                        "Delivery driving avoided",
                        "km/month",
                        "12000",
                        "7400",
                        spring,
                        "Logistics partner"));
        long scheduled = stories.create(parcels, staff);
        stories.move(scheduled, Stories.Step.SUBMIT, null, staff);
        stories.move(scheduled, Stories.Step.PUBLISH, OffsetDateTime.now(clock).plusDays(7), staff);

        stories.create(
                form(
                        "Home remote care platform from open requirements",
                        "More than fifty companies helped write what the city needs from a home care platform.",
                        "Draft: the figures come when the first municipalities have used the platform for a year.",
                        "FinnMedi, City of Tampere",
                        EnumSet.of(Theme.PEOPLE),
                        ValueStream.SENIOR_CITIZEN,
                        null),
                staff);
        LOG.info("Demo stories created");
    }

    /** The demo contest whose winner's pilot scaled up (see DemoJudging), if it is there. */
    private Long finishedContest() {
        return spaces
                .list(new SpaceFilter(SpaceKind.CONTEST, Phase.RESULTS, null, null, null, null), 0, 50, null)
                .items()
                .stream()
                .filter(s -> s.title().startsWith("Safer pedestrian crossings"))
                .map(s -> s.id())
                .findFirst()
                .orElse(null);
    }

    private List<Long> demoLessons(String... externalIds) {
        return Arrays.stream(externalIds)
                .map(lessons::idOf)
                .flatMap(Optional::stream)
                .toList();
    }

    private void publish(Actor staff, StoryForm form) {
        long id = stories.create(form, staff);
        stories.move(id, Stories.Step.SUBMIT, null, staff);
        stories.move(id, Stories.Step.PUBLISH, null, staff);
    }

    private static StoryForm form(
            String title,
            String lead,
            String body,
            String partners,
            EnumSet<Theme> themes,
            ValueStream stream,
            String investment) {
        var form = new StoryForm();
        form.setTitle(title);
        form.setLead(lead);
        form.setBody(body);
        form.setPartners(partners);
        form.setCity("Tampere");
        form.setThemes(themes);
        form.setValueStream(stream);
        form.setInvestmentEur(investment == null ? null : new BigDecimal(investment));
        form.setIndicators(new ArrayList<>());
        return form;
    }

    private static IndicatorForm indicator(
            ImpactValue impact, String name, String unit, String baseline, String value, LocalDate on, String source) {
        var i = new IndicatorForm();
        i.setImpact(impact);
        i.setName(name);
        i.setUnit(unit);
        i.setBaseline(baseline == null ? null : new BigDecimal(baseline));
        i.setValue(new BigDecimal(value));
        i.setMeasuredOn(on);
        i.setSource(source + DEMO);
        return i;
    }
}
