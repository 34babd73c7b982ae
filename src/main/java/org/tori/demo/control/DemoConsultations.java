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
import org.tori.consultations.boundary.Consultations;
import org.tori.consultations.boundary.RevisionInput;
import org.tori.consultations.boundary.SectionInput;
import org.tori.spaces.boundary.SpaceForm;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * The open requirements of Tampere's home remote care platform, after the Smart Tampere example:
 * version 1 with comments from a company, the partner city and a resident and staff answers, then a
 * revised version 2 open for a second round. Created once, through the boundaries.
 */
@ApplicationScoped
public class DemoConsultations {

    static final String TITLE = "Home remote care platform: open requirements";
    private static final Logger LOG = Logger.getLogger(DemoConsultations.class.getName());

    @Inject
    Spaces spaces;

    @Inject
    DemoSpaceLookup lookup;

    @Inject
    Consultations consultations;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Creates this part of the demo content unless it is there already. */
    public void seed() {
        var demoStaff = lookup.staff();
        if (demoStaff.isEmpty() || lookup.exists(SpaceKind.CONSULTATION, TITLE, demoStaff.get())) {
            return;
        }
        var staff = demoStaff.get();
        var today = OffsetDateTime.now(clock).with(LocalTime.NOON);
        long space = spaces.create(form(today), staff);
        consultations.writeDraft(space, DemoSpecification.firstVersion(), staff);
        spaces.move(space, Phase.OPEN, null, staff);

        var v1 = consultations.version(space, 1, staff).orElseThrow();
        var company = accounts.idOf("startup@demo.tori.fi");
        var city = accounts.idOf("city@demo.tori.fi");
        var citizen = accounts.idOf("citizen@demo.tori.fi");
        var answered = company.map(
                id -> consultations.comment(space, v1.sections().get(2).id(), """
                Many homes already have a safety phone, a door sensor or a medicine dispenser from different suppliers.
                Please say whether the platform must take in **their data as it is**, or whether suppliers are expected to
                change their devices to a common interface.""", id));
        city.ifPresent(id -> consultations.comment(space, v1.sections().get(3).id(), """
                Section 4 should name who owns the data once it is on the platform: the client, the city or the
                service provider. Companies will ask this before anything else.""", id));
        citizen.ifPresent(id -> consultations.comment(
                space,
                v1.sections().get(1).id(),
                "My mother's nurse and the hospital ward never see the same information. Please keep relatives in mind too.",
                id));
        answered.ifPresent(comment -> consultations.answer(comment, """
                Thank you. The platform takes the data of devices already in use through open interfaces; no supplier has to
                replace its devices. Section 3 of version 2 says so.""", staff));

        spaces.move(space, Phase.REVIEW, null, staff);
        consultations.publishRevision(
                space,
                new RevisionInput(
                        "Section 3 now says existing devices stay in use; section 4.1 on data ownership and consent is new.",
                        DemoSpecification.secondVersion(),
                        today.plusDays(21)),
                staff);
        LOG.info("Demo consultation created");
    }

    private static SpaceForm form(OffsetDateTime today) {
        var form = new SpaceForm();
        form.setKind(SpaceKind.CONSULTATION);
        form.setTitle(TITLE);
        form.setSummary(
                "What the city needs from a platform that links home care, remote monitoring and the hospital: comment before the city buys.");
        form.setDescription("""
                The City of Tampere is preparing an **innovation partnership** for a home remote care platform, together
                with FinnMedi and the companies that want to build it. Before anything is bought we describe the need
                openly: what the platform must achieve and why, not how it is built.

                Read the sections, comment where you see a gap, and follow the revised versions. Nothing here binds
                anyone yet; the final version becomes the basis of the procurement.
                """);
        form.setThemes(EnumSet.of(Theme.PEOPLE, Theme.PROSPERITY));
        form.setDomain(CityDomain.HEALTH);
        form.setValueStreams(
                EnumSet.of(ValueStream.SENIOR_CITIZEN, ValueStream.CUSTOMER_EXPERIENCE, ValueStream.BUSINESS));
        form.setOrganiser("City of Tampere and FinnMedi");
        form.setCity("Tampere");
        form.setPlace("Online");
        form.setOpensAt(today.minusDays(20));
        form.setSubmissionDeadline(today.plusDays(1));
        form.setResultsAt(today.plusDays(60));
        return form;
    }

    /** Keeps the long demo texts out of the flow above. */
    static final class DemoSpecification {

        private DemoSpecification() {}

        static List<SectionInput> firstVersion() {
            return List.of(
                    new SectionInput("1", "Purpose", """
                            Older residents want to live at home for longer, and the city's home care wants to use its
                            nurses' time where it matters. We look for a platform that joins the care given at home and the
                            care given in hospital into **one chain of service**."""),
                    new SectionInput("2", "Who uses it", """
                            - clients living at home and their relatives
                            - home care nurses and their team leaders
                            - hospital wards and health centre doctors
                            - companies whose devices and services run on the platform"""),
                    new SectionInput("3", "Devices already in homes", """
                            Homes have safety phones, sensors and medicine dispensers from many suppliers. The platform
                            must make use of the data these already collect."""),
                    new SectionInput("4", "Data", """
                            Monitoring data, alarms and care records must reach the people who need them, at the moment
                            they need them, and only them."""),
                    new SectionInput("5", "Open standards", """
                            Interfaces must be open and documented so that new companies can join without the first
                            supplier's permission. The city must be able to change suppliers."""));
        }

        static List<SectionInput> secondVersion() {
            var first = firstVersion();
            return List.of(
                    first.get(0),
                    first.get(1),
                    new SectionInput("3", "Devices already in homes", """
                            Homes have safety phones, sensors and medicine dispensers from many suppliers. The platform
                            takes in the data of the devices already in use through open interfaces: **no client has to
                            give up a device they know**, and no supplier has to replace its devices to take part."""),
                    first.get(3),
                    new SectionInput("4.1", "Ownership and consent", """
                            The data belongs to the client. The client (or their representative) decides who sees it and
                            can see who has looked at it; the platform keeps that record."""),
                    first.get(4));
        }
    }
}
