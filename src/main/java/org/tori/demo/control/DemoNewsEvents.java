package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.tori.accounts.boundary.Accounts;
import org.tori.events.boundary.EventForm;
import org.tori.events.boundary.Events;
import org.tori.events.entity.EventKind;
import org.tori.events.entity.Participation;
import org.tori.news.boundary.News;
import org.tori.news.boundary.NewsForm;
import org.tori.news.entity.NewsCategory;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * Three events in the calendar (a hackathon kick-off, a demo day, a conference where the programme
 * presents) and two published news items with their media hits, written as staff through the use cases.
 */
@ApplicationScoped
public class DemoNewsEvents {

    private static final String PRESS = "Communications, press@tori.example";

    @Inject
    Accounts accounts;

    @Inject
    Events events;

    @Inject
    News news;

    @Inject
    Clock clock;

    /** Creates this part of the demo content unless it is there already. */
    public void seed() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        if (staffId.isEmpty()) {
            return;
        }
        var today = ProgramTime.today(clock);
        if (events.all(null, null).isEmpty()) {
            var staff = new Events.Actor(staffId.get(), true);
            events.create(
                    event(
                            "Smart harbour hackathon kick-off",
                            EventKind.HACKATHON_KICKOFF,
                            Participation.HOSTED,
                            today.plusDays(10),
                            "Tampere Hall, Yliopistonkatu 55, Tampere",
                            "Teams meet the harbour's challenge owners and the data on offer.",
                            "Port of Tampere, Tampere University",
                            EnumSet.of(Theme.PLANET, Theme.PROSPERITY),
                            EnumSet.of(ValueStream.URBAN_ENVIRONMENT)),
                    staff);
            events.create(
                    event(
                            "Demo day: pilots of the year",
                            EventKind.DEMO_DAY,
                            Participation.HOSTED,
                            today.plusDays(24),
                            "Hiedanranta, Tampere",
                            "The year's pilots show what they achieved; partners and the press are welcome.",
                            "City of Tampere",
                            EnumSet.of(Theme.PEOPLE, Theme.PROPAGATION),
                            EnumSet.of(ValueStream.BUSINESS)),
                    staff);
            events.create(
                    event(
                            "Smart City Expo: Tori presents city co-creation",
                            EventKind.CONFERENCE,
                            Participation.ATTENDED,
                            today.minusDays(20),
                            "Fira Gran Via, Barcelona",
                            "The programme presents how citizens, companies and the city solve challenges together.",
                            "Business Tampere",
                            EnumSet.of(Theme.GOVERNANCE, Theme.PROPAGATION),
                            EnumSet.noneOf(ValueStream.class)),
                    staff);
        }
        if (news.published(null, 1).isEmpty()) {
            var staff = new News.Actor(staffId.get(), true);
            long launch = publish(
                    staff,
                    "Smart harbour pilot starts with ten partners",
                    "Ten companies and the university join the city to measure and cut the harbour's emissions.",
                    NewsCategory.MEDIA_RELEASE,
                    "Port of Tampere, Tampere University, Acme Sensors Oy",
                    EnumSet.of(Theme.PLANET));
            news.recordHit(launch, "Aamulehti", today.minusDays(5), "https://www.aamulehti.fi/", 85000L, staff);
            news.recordHit(launch, "Yle Uutiset", today.minusDays(4), "https://yle.fi/", 240000L, staff);
            long call = publish(
                    staff,
                    "Citizens wanted for the mobility living lab",
                    "Testers from every part of town are invited to try new ways of moving around.",
                    NewsCategory.CALL,
                    "Nysse",
                    EnumSet.of(Theme.PEOPLE));
            news.recordHit(call, "Tamperelainen", today.minusDays(2), null, 40000L, staff);
        }
    }

    private long publish(
            News.Actor staff, String title, String lead, NewsCategory category, String partners, Set<Theme> themes) {
        var form = new NewsForm();
        form.setTitle(title);
        form.setLead(lead);
        form.setBody(lead);
        form.setCategory(category);
        form.setPartners(partners);
        form.setPressContact(PRESS);
        form.setThemes(themes);
        long id = news.create(form, null, staff);
        news.move(id, News.Step.SUBMIT, staff);
        news.move(id, News.Step.PUBLISH, staff);
        return id;
    }

    private static EventForm event(
            String title,
            EventKind kind,
            Participation participation,
            LocalDate day,
            String place,
            String summary,
            String organisations,
            Set<Theme> themes,
            Set<ValueStream> streams) {
        var form = new EventForm();
        form.setTitle(title);
        form.setKind(kind);
        form.setParticipation(participation);
        form.setStartsAt(day + " " + LocalTime.of(9, 0));
        form.setEndsAt(day + " " + LocalTime.of(16, 0));
        form.setPlace(place);
        form.setLanguage("en");
        form.setSummary(summary);
        form.setOrganisations(organisations);
        form.setRegistrationLink("https://tori.example/register");
        form.setThemes(themes);
        form.setValueStreams(streams);
        return form;
    }
}
