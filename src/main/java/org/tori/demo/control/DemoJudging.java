package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.judging.boundary.CriterionForm;
import org.tori.judging.boundary.Judging;
import org.tori.judging.boundary.PilotForm;
import org.tori.judging.boundary.PrizeForm;
import org.tori.judging.boundary.Prizes;
import org.tori.judging.boundary.Votes;
import org.tori.judging.entity.ImpactValue;
import org.tori.judging.entity.Prize;
import org.tori.pilots.entity.Pilot;
import org.tori.spaces.boundary.Entries;
import org.tori.spaces.boundary.EntryForm;
import org.tori.spaces.boundary.SpaceFilter;
import org.tori.spaces.boundary.SpaceForm;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * Gives the demo parcel-terminal contest its criteria, prizes, two entries and a juror's first
 * scores, and adds a finished contest whose winner went on from pilot to scale-up, so the whole
 * chain challenge, entry, winner, pilot, scale-up can be followed on one page.
 */
@ApplicationScoped
public class DemoJudging {

    private static final Logger LOG = Logger.getLogger(DemoJudging.class.getName());

    @Inject
    Spaces spaces;

    @Inject
    Entries entries;

    @Inject
    Judging judging;

    @Inject
    Accounts accounts;

    @Inject
    Prizes prizes;

    @Inject
    Votes votes;

    /** Creates this part of the demo content unless it is there already. */
    public void seed() {
        finishedContest();
        parcels();
        forNewcomers();
    }

    /**
     * One contest taking entries and one hackathon in its submissions phase, so a newcomer to the
     * demo can take part at once (the parcel contest is with its jury).
     */
    private void forNewcomers() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        if (staffId.isEmpty()
                || spaces.list(SpaceFilter.any(), 0, 200, null).items().stream()
                        .anyMatch(s -> s.title().startsWith("Quieter streets at night"))) {
            return;
        }
        var staff = Actor.staff(staffId.get());
        var now = OffsetDateTime.now().with(LocalTime.NOON);
        long contest = newSpace(
                staff,
                SpaceKind.CONTEST,
                "Quieter streets at night",
                "Ideas that make night-time streets quieter for the people who sleep beside them.",
                "Deliveries, scooters and late buses keep city-centre residents awake. Send an **idea or prototype** that"
                        + " lowers the noise without closing the streets. Prize: 3 000 € and a trial on Hämeenkatu.",
                CityDomain.MOBILITY,
                now.minusDays(3),
                now.plusDays(30),
                now.plusDays(45));
        judging.defineCriteria(
                contest,
                List.of(
                        new CriterionForm("Less noise for residents", 3, ImpactValue.SOCIAL),
                        new CriterionForm("Easy to try on one street", 1, ImpactValue.ECONOMIC)),
                staff);
        prizes.define(
                contest, List.of(new PrizeForm("Winner", new BigDecimal("3000"), Prize.Basis.PLACE, 1, null)), staff);
        judging.appointJuror(contest, accounts.idOf("city@demo.tori.fi").orElseThrow(), staff);
        spaces.move(contest, Phase.OPEN, null, staff);
        long hackathon = newSpace(
                staff,
                SpaceKind.HACKATHON,
                "Clean air data hackathon",
                "Turn the city's air quality sensors into something people use on their way to school and work.",
                "The city's **air quality sensors** publish readings every ten minutes. Build, in a team or alone, a concept"
                        + " that helps people choose a cleaner route or time. Concepts are welcome now.",
                CityDomain.ENVIRONMENT,
                now.minusDays(2),
                now.plusDays(21),
                now.plusDays(35));
        judging.defineCriteria(
                hackathon,
                List.of(
                        new CriterionForm("Useful every day", 2, ImpactValue.SOCIAL),
                        new CriterionForm("Uses the open data well", 1, ImpactValue.ENVIRONMENTAL)),
                staff);
        spaces.move(hackathon, Phase.OPEN, null, staff);
        spaces.move(hackathon, Phase.SUBMISSION, null, staff);
        LOG.info("Demo spaces for newcomers created");
    }

    private long newSpace(
            Actor staff,
            SpaceKind kind,
            String title,
            String summary,
            String description,
            CityDomain domain,
            OffsetDateTime opens,
            OffsetDateTime deadline,
            OffsetDateTime results) {
        var form = new SpaceForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setSummary(summary);
        form.setDescription(description);
        form.setThemes(EnumSet.of(Theme.PEOPLE, Theme.PLANET));
        form.setDomain(domain);
        form.setValueStreams(EnumSet.of(ValueStream.URBAN_ENVIRONMENT));
        form.setOrganiser("Smart Tampere");
        form.setCity("Tampere");
        form.setPlace(kind == SpaceKind.HACKATHON ? "Online and Tampere city library Metso" : "Tampere city centre");
        form.setOpensAt(opens);
        form.setSubmissionDeadline(deadline);
        form.setResultsAt(results);
        return spaces.create(form, staff);
    }

    private void finishedContest() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        var done = new SpaceFilter(SpaceKind.CONTEST, Phase.RESULTS, null, null, null, null);
        if (staffId.isEmpty()
                || spaces.list(done, 0, 50, null).items().stream()
                        .anyMatch(s -> s.title().startsWith("Safer pedestrian crossings"))) {
            return;
        }
        var staff = Actor.staff(staffId.get());
        var now = OffsetDateTime.now();
        var form = new SpaceForm();
        form.setKind(SpaceKind.CONTEST);
        form.setTitle("Safer pedestrian crossings");
        form.setSummary("Ideas that make unlit pedestrian crossings safe in the dark months.");
        form.setDescription("""
                Many crossings on school routes are dark from October to March. We asked for **ideas and
                prototypes** that warn drivers and light the way for walkers, without wasting energy.

                Prizes: 4 000 € for the winner, an audience prize chosen by public vote, and a prize for the
                entry with the best environmental impact.
                """);
        form.setThemes(EnumSet.of(Theme.PEOPLE, Theme.PLANET));
        form.setDomain(CityDomain.MOBILITY);
        form.setValueStreams(EnumSet.of(
                ValueStream.FAMILY_WITH_CHILDREN, ValueStream.URBAN_ENVIRONMENT, ValueStream.SUSTAINABILITY));
        form.setOrganiser("Smart Tampere");
        form.setCity("Tampere");
        form.setPlace("Tesoma school routes");
        form.setOpensAt(now.minusDays(120));
        form.setSubmissionDeadline(now.plusDays(1));
        form.setResultsAt(now.plusDays(2));
        form.setPublicVote(true);
        form.setEligibility("Residents, students and companies in the Tampere region");
        long space = spaces.create(form, staff);
        judging.defineCriteria(
                space,
                List.of(
                        new CriterionForm("Safety for walkers", 3, ImpactValue.SOCIAL),
                        new CriterionForm("Energy use", 2, ImpactValue.ENVIRONMENTAL),
                        new CriterionForm("Cost per crossing", 1, ImpactValue.ECONOMIC)),
                staff);
        prizes.define(
                space,
                List.of(
                        new PrizeForm("Winner", new BigDecimal("4000"), Prize.Basis.PLACE, 1, null),
                        new PrizeForm("Audience prize", new BigDecimal("500"), Prize.Basis.PUBLIC_VOTE, null, null),
                        new PrizeForm(
                                "Green prize",
                                new BigDecimal("1000"),
                                Prize.Basis.IMPACT,
                                null,
                                ImpactValue.ENVIRONMENTAL)),
                staff);
        spaces.move(space, Phase.OPEN, null, staff);
        long radar = submit(
                space,
                "startup@demo.tori.fi",
                "Radar-lit crossing",
                "Drivers do not see walkers at dark crossings.",
                "A radar wakes LED lights and a blinking sign only when someone is about to cross.",
                "Sold to cities as a service per crossing, maintenance included.");
        long reflectors = submit(
                space,
                "citizen@demo.tori.fi",
                "Reflector library at schools",
                "Children walk to school without reflectors.",
                "Schools lend reflector vests from a box at the door; pupils design the vests.",
                "Sponsored by local companies whose logo is on the vests.");
        var juror = accounts.idOf("city@demo.tori.fi").orElseThrow();
        judging.appointJuror(space, juror, staff);
        spaces.move(space, Phase.SCREENING, null, staff);
        spaces.move(space, Phase.JUDGING, null, staff);
        var criteria = judging.criteria(space);
        judging.score(
                radar,
                Map.of(
                        criteria.get(0).id(),
                        9,
                        criteria.get(1).id(),
                        8,
                        criteria.get(2).id(),
                        6),
                juror);
        judging.score(
                reflectors,
                Map.of(
                        criteria.get(0).id(),
                        7,
                        criteria.get(1).id(),
                        9,
                        criteria.get(2).id(),
                        9),
                juror);
        for (var voter : List.of("citizen@demo.tori.fi", "admin@demo.tori.fi")) {
            votes.cast(space, reflectors, accounts.idOf(voter).orElseThrow());
        }
        spaces.move(space, Phase.RESULTS, null, staff);
        judging.offerPilot(
                space,
                radar,
                new PilotForm(
                        Pilot.FollowUp.PILOT,
                        "City of Tampere street lighting",
                        new BigDecimal("30000"),
                        LocalDate.now().minusMonths(2),
                        "All school-route crossings by 2028",
                        null),
                staff);
        judging.moveFollowUp(space, radar, Pilot.Stage.RUNNING, null, false, staff);
        judging.moveFollowUp(
                space,
                radar,
                Pilot.Stage.SCALED_UP,
                "Ten crossings in Tesoma lit since November; near misses reported by the school fell from 14 to 3. Rolled out to 40 more crossings.",
                true, // decided before its readiness record was kept: the gaps are confirmed, and the page says so
                staff);
        LOG.info("Demo finished contest created");
    }

    private void parcels() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        if (staffId.isEmpty()) {
            return;
        }
        var filter = new SpaceFilter(SpaceKind.CONTEST, Phase.OPEN, null, null, null, null);
        var contest = spaces.list(filter, 0, 20, null).items().stream()
                .filter(s -> s.title().startsWith("Smart parcel terminals"))
                .findFirst();
        if (contest.isEmpty()) {
            return;
        }
        long space = contest.get().id();
        var staff = Actor.staff(staffId.get());
        judging.defineCriteria(
                space,
                List.of(
                        new CriterionForm("Ease for residents", 3, ImpactValue.SOCIAL),
                        new CriterionForm("Fewer delivery kilometres", 2, ImpactValue.ENVIRONMENTAL),
                        new CriterionForm("Viable business", 2, ImpactValue.ECONOMIC)),
                staff);
        long locker = submit(
                space,
                "startup@demo.tori.fi",
                "Block locker with cold storage",
                "Parcels wait at many doors; groceries spoil.",
                "One shared terminal per block, with a cooled compartment.",
                "Housing companies pay a monthly fee; couriers pay per delivery.");
        long robot = submit(
                space,
                "citizen@demo.tori.fi",
                "Stairway delivery robot",
                "Elderly residents cannot carry parcels upstairs.",
                "A small robot carries parcels from the terminal to the door.",
                "Leased to housing companies with the terminal.");
        var juror = accounts.idOf("city@demo.tori.fi").orElseThrow();
        judging.appointJuror(space, juror, staff);
        spaces.move(space, Phase.SCREENING, null, staff);
        spaces.move(space, Phase.JUDGING, null, staff);
        var criteria = judging.criteria(space);
        judging.score(
                locker,
                Map.of(
                        criteria.get(0).id(),
                        8,
                        criteria.get(1).id(),
                        7,
                        criteria.get(2).id(),
                        8),
                juror);
        judging.score(
                robot,
                Map.of(
                        criteria.get(0).id(),
                        9,
                        criteria.get(1).id(),
                        4,
                        criteria.get(2).id(),
                        5),
                juror);
        LOG.info("Demo judging created");
    }

    private long submit(long space, String email, String title, String problem, String solution, String business) {
        var form = new EntryForm();
        form.setTitle(title);
        form.setProblem(problem);
        form.setSolution(solution);
        form.setBusinessModel(business);
        var answers = List.of("Residents: " + solution, "Environment: " + problem, "Money: " + business);
        var questions = entries.questions(space);
        for (int i = 0; i < questions.size(); i++) {
            form.getAnswers().put(String.valueOf(questions.get(i).criterionId()), answers.get(i % answers.size()));
        }
        return entries.submit(space, form, accounts.idOf(email).orElseThrow());
    }
}
