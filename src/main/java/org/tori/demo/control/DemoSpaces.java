package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.spaces.boundary.ChallengeForm;
import org.tori.spaces.boundary.SpaceFilter;
import org.tori.spaces.boundary.SpaceForm;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.boundary.Teams;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * Spaces drawn from the Smart Tampere experiments, in different phases, so that a newcomer sees
 * the list, the filters and each life cycle at work. Created once, after the demo accounts.
 */
@ApplicationScoped
public class DemoSpaces {

    private static final Logger LOG = Logger.getLogger(DemoSpaces.class.getName());

    @Inject
    Spaces spaces;

    @Inject
    Accounts accounts;

    @Inject
    Teams teams;

    @Inject
    Clock clock;

    /** Creates this part of the demo content unless it is there already. */
    public void seed() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        var citizenId = accounts.idOf("citizen@demo.tori.fi");
        if (staffId.isEmpty() || spaces.list(SpaceFilter.any(), 0, 1, null).total() > 0) {
            return;
        }
        var staff = Actor.staff(staffId.get());
        var today = OffsetDateTime.now(clock).with(LocalTime.NOON);

        long events = create(
                staff,
                SpaceKind.HACKATHON,
                "Events app hackathon",
                "Build the city's events app with us: one place to find what is on in Tampere this week.",
                """
                The city opens its **events data** (venues, times, prices, accessibility) through an API.
                Form a team of developers, designers and event organisers and build a concept in one weekend.

                - data: the city's events API and the public transport timetables
                - mentors from the city's culture services
                - the best concept continues as a pilot with the city
                """,
                EnumSet.of(Theme.PEOPLE, Theme.PROSPERITY),
                CityDomain.ICT,
                EnumSet.of(ValueStream.VISITOR, ValueStream.FAMILY_WITH_CHILDREN),
                "City of Tampere",
                "Tampere",
                "Tampere city library Metso",
                today.plusDays(10),
                today.plusDays(12),
                today.plusDays(20));
        spaces.postChallenge(
                events,
                new ChallengeForm(
                        "What's on near me tonight?",
                        "Visitors and families miss events because listings are scattered over many sites.",
                        "Events API of the city (venues, times, prices, accessibility), open under CC BY 4.0",
                        "City of Tampere culture services"),
                staff);
        spaces.postChallenge(
                events,
                new ChallengeForm(
                        "Getting there and back",
                        "Evening events end after the last convenient tram; people drive or stay home.",
                        "Public transport timetables and real-time vehicle positions (GTFS, GTFS-RT)",
                        "Tampere regional transport"),
                staff);
        spaces.move(events, Phase.OPEN, null, staff);
        citizenId.ifPresent(id -> spaces.join(events, id));
        accounts.idOf("startup@demo.tori.fi").ifPresent(startup -> {
            spaces.join(events, startup);
            teams.create(events, "Night owls", 4, startup);
        });
        citizenId.ifPresent(id ->
                teams.lookForTeam(events, id, "I organise neighbourhood events and know what families look for."));

        long parcels = create(
                staff,
                SpaceKind.CONTEST,
                "Smart parcel terminals for apartment buildings",
                "Ideas for parcel terminals that serve a whole block, from the delivery van to the last door.",
                """
                Online shopping brings more parcels to homes every year. We look for **ideas and prototypes** of
                shared parcel terminals that residents, couriers and housing companies all like.

                Prizes: 5 000 € for the winner and a paid pilot in a Tampere housing area.
                """,
                EnumSet.of(Theme.PLANET, Theme.PROSPERITY),
                CityDomain.MOBILITY,
                EnumSet.of(ValueStream.WORKING_ADULT, ValueStream.BUSINESS, ValueStream.URBAN_ENVIRONMENT),
                "Smart Tampere",
                "Tampere",
                "Hervanta",
                today.minusDays(60),
                today.plusDays(2),
                today.plusDays(14));
        // left open: the judging demo adds criteria, entries and scores and moves it on to judging
        spaces.move(parcels, Phase.OPEN, null, staff);

        create(
                staff,
                SpaceKind.HACKATHON,
                "Employment chatbot hackathon",
                "A chatbot that helps job seekers find the right service the first time.",
                "Draft: the employment services are still choosing the data they can open.",
                EnumSet.of(Theme.PEOPLE, Theme.GOVERNANCE),
                CityDomain.CITIZEN_ENGAGEMENT,
                EnumSet.of(ValueStream.WORKING_ADULT),
                "City of Tampere",
                "Tampere",
                "Online",
                today.plusDays(30),
                today.plusDays(45),
                today.plusDays(60));
        LOG.info("Demo spaces created");
    }

    private long create(
            Actor staff,
            SpaceKind kind,
            String title,
            String summary,
            String description,
            EnumSet<Theme> themes,
            CityDomain domain,
            EnumSet<ValueStream> streams,
            String organiser,
            String city,
            String place,
            OffsetDateTime opens,
            OffsetDateTime deadline,
            OffsetDateTime results) {
        var form = new SpaceForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setSummary(summary);
        form.setDescription(description);
        form.setThemes(themes);
        form.setDomain(domain);
        form.setValueStreams(streams);
        form.setOrganiser(organiser);
        form.setCity(city);
        form.setPlace(place);
        form.setOpensAt(opens);
        form.setSubmissionDeadline(deadline);
        form.setResultsAt(results);
        return spaces.create(form, staff);
    }
}
