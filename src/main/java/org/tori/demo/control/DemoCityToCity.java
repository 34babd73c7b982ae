package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.citytocity.boundary.CityToCity;
import org.tori.citytocity.entity.NetworkVisibility;
import org.tori.knowledge.boundary.Lessons;
import org.tori.spaces.boundary.SpaceForm;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * A Six Cities style network (Helsinki, Espoo, Tampere, Vantaa, Oulu, Turku) where Tampere and
 * Espoo have accepted the sharing agreement, share learnings that link lessons of the knowledge
 * base, and Espoo has adopted Tampere's IoT guide. Created once, through the boundaries.
 */
@ApplicationScoped
public class DemoCityToCity {

    static final String TITLE = "Six Cities: sharing smart city practices";
    private static final Logger LOG = Logger.getLogger(DemoCityToCity.class.getName());

    @Inject
    Spaces spaces;

    @Inject
    DemoSpaceLookup lookup;

    @Inject
    CityToCity network;

    @Inject
    Accounts accounts;

    @Inject
    Lessons lessons;

    /** Creates this part of the demo content unless it is there already. */
    public void seed() {
        var demoStaff = lookup.staff();
        if (demoStaff.isEmpty() || lookup.exists(SpaceKind.CITY_TO_CITY, TITLE, demoStaff.get())) {
            return;
        }
        var staff = demoStaff.get();
        long space = spaces.create(form(), staff);
        network.publishAgreement(space, AGREEMENT, NetworkVisibility.PUBLIC, staff);
        spaces.move(space, Phase.OPEN, null, staff);

        var tampere = partner("city@demo.tori.fi");
        var espoo = partner("espoo@demo.tori.fi");
        tampere.ifPresent(city -> network.accept(space, 1, city));
        espoo.ifPresent(city -> network.accept(space, 1, city));
        if (tampere.isEmpty() || espoo.isEmpty()) {
            return;
        }
        long sensors = network.postTopic(space, "Sensors and open data in city projects", """
                How do we keep sensor projects from ending as one-off pilots? Share what made the data useful after
                the pilot, and what you would do differently.""", tampere.get());
        network.postLearning(space, sensors, """
                A **one-page IoT guide** did more than our fifty-page architecture: project managers actually read it.
                Link your data to the open data portal from day one.""", ids("demo-iot-guide", "demo-open-data-portal"), tampere.get());
        network.postLearning(space, sensors, """
                We took Tampere's guide into use for our indoor air pilots in schools; teachers see the same data as
                the facility managers.""", ids("demo-iot-guide", "demo-indoor-air"), espoo.get());
        lessons.idOf("demo-iot-guide").ifPresent(guide -> network.adopt(space, guide, espoo.get()));
        long copying = network.postTopic(space, "Copying a solution from another city", """
                What transfers between cities: the product, the procurement or the process?""", espoo.get());
        network.postLearning(space, copying, """
                Copy the *process*, not the product: the market dialogue before the call for tenders worked in both
                cities, the product did not.""", ids("demo-city-to-city", "demo-procurement-pilot"), tampere.get());
        LOG.info("Demo city-to-city network created");
    }

    private Optional<Actor> partner(String email) {
        return accounts.idOf(email).map(id -> Actor.cityPartner(id));
    }

    private List<Long> ids(String... externalIds) {
        return Arrays.stream(externalIds)
                .map(lessons::idOf)
                .flatMap(Optional::stream)
                .toList();
    }

    private static SpaceForm form() {
        var form = new SpaceForm();
        form.setKind(SpaceKind.CITY_TO_CITY);
        form.setTitle(TITLE);
        form.setSummary(
                "Helsinki, Espoo, Tampere, Vantaa, Oulu and Turku share what they learned from smart city experiments.");
        form.setDescription("""
                The six largest cities of Finland run smart city experiments side by side. Here their teams share
                **what worked and what did not**, link the lessons learned in the knowledge base, and say which
                practices of the others they took into use.

                Member cities join by accepting the sharing agreement below.
                """);
        form.setThemes(EnumSet.of(Theme.GOVERNANCE, Theme.PROSPERITY));
        form.setDomain(CityDomain.ICT);
        form.setValueStreams(EnumSet.of(ValueStream.CUSTOMER_EXPERIENCE));
        form.setOrganiser("Six City Strategy network");
        form.setCity("Helsinki");
        form.setPlace("Online");
        return form;
    }

    private static final String AGREEMENT = """
            1. **What we share.** Each member city shares learnings from its own experiments: what was tried, what
               worked, what did not, and the lessons learned behind them.
            2. **Use.** Member cities may use and adapt what others share in their own work, naming the city it came from.
            3. **Confidential matters.** Nobody shares personal data, business secrets of companies or unfinished
               procurement details.
            4. **Adoption.** When a city takes a shared practice into use, it marks it adopted, so the program can see
               which practices travel.
            5. **Changes.** The program staff may update this agreement; member cities accept the new version before
               they post again.
            """;
}
