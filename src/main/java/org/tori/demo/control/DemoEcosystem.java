package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.tori.accounts.boundary.Accounts;
import org.tori.ecosystem.boundary.DirectoryFilter;
import org.tori.ecosystem.boundary.OrganisationForm;
import org.tori.ecosystem.boundary.Organisations;
import org.tori.ecosystem.entity.OrganisationKind;
import org.tori.ecosystem.entity.PartnerLevel;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.time.ProgramTime;

/**
 * A handful of organisations of different kinds (two with letters of intent), the demo citizen and
 * startup listed in theirs (both have public profiles), and one request of the startup waiting for staff.
 * Created once, after the demo spaces (the City of Tampere's page shows the spaces it organised).
 */
@ApplicationScoped
public class DemoEcosystem {

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Seeds the demo organisations unless the directory holds any. */
    public void seed() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        var startupId = accounts.idOf("startup@demo.tori.fi");
        var citizenId = accounts.idOf("citizen@demo.tori.fi");
        if (staffId.isEmpty()
                || startupId.isEmpty()
                || citizenId.isEmpty()
                || !organisations.directory(DirectoryFilter.NONE).isEmpty()) {
            return;
        }
        var staff = new Reader(staffId.get(), true, false, null);
        var today = ProgramTime.today(clock);
        long parcelbox = organisations.create(
                form(
                        OrganisationKind.STARTUP,
                        "Parcelbox Oy",
                        "Smart parcel terminals for apartment buildings, piloted in Hervanta.",
                        "Tampere",
                        "https://parcelbox.example",
                        "Head of partnerships",
                        List.of("PROSPERITY", "PLANET"),
                        List.of("BUSINESS", "URBAN_ENVIRONMENT")),
                staff);
        organisations.recordLetterOfIntent(
                parcelbox,
                today.minusMonths(4),
                PartnerLevel.PARTNER,
                "Last-mile logistics pilots in housing areas",
                staff);
        organisations.listConfirmed(parcelbox, startupId.get(), staff);
        long university = organisations.create(
                form(
                        OrganisationKind.RESEARCH,
                        "Tampere University Smart City Lab",
                        "Research on citizen participation and the impact of urban experiments.",
                        "Tampere",
                        "https://smartcitylab.example",
                        "Research coordinator",
                        List.of("PEOPLE", "GOVERNANCE"),
                        List.of("WORKING_ADULT", "CUSTOMER_EXPERIENCE")),
                staff);
        organisations.recordLetterOfIntent(
                university,
                today.minusMonths(10),
                PartnerLevel.STRATEGIC,
                "Impact evaluation of pilots; students in hackathons",
                staff);
        organisations.create(
                form(
                        OrganisationKind.PUBLIC_BODY,
                        "City of Tampere",
                        "The city runs the smart city programme and organises many of its spaces.",
                        "Tampere",
                        "https://www.tampere.fi",
                        "Programme director",
                        List.of("GOVERNANCE", "PEOPLE"),
                        List.of("FAMILY_WITH_CHILDREN", "SENIOR_CITIZEN")),
                staff);
        organisations.create(
                form(
                        OrganisationKind.UTILITY,
                        "Tampere Energy",
                        "District heating and electricity; open data on consumption for experiments.",
                        "Tampere",
                        null,
                        "Innovation manager",
                        List.of("PLANET"),
                        List.of("SUSTAINABILITY")),
                staff);
        long association = organisations.create(
                form(
                        OrganisationKind.NGO,
                        "Hervanta Residents' Association",
                        "Brings residents of Hervanta to test new services and tell what they need.",
                        "Tampere",
                        null,
                        "Chair",
                        List.of("PEOPLE"),
                        List.of("FAMILY_WITH_CHILDREN", "URBAN_ENVIRONMENT")),
                staff);
        organisations.listConfirmed(association, citizenId.get(), staff);
        organisations.create(
                form(
                        OrganisationKind.PARTNER_CITY,
                        "City of Espoo",
                        "Partner city sharing experiments and lessons among the six largest cities.",
                        "Espoo",
                        "https://www.espoo.fi",
                        "Smart city coordinator",
                        List.of("GOVERNANCE", "PROPAGATION"),
                        List.of("CUSTOMER_EXPERIENCE")),
                staff);
        organisations.request(
                form(
                        OrganisationKind.COMPANY,
                        "Parcelbox Logistics Lab",
                        "A test site for delivery robots and parcel terminals, opened with a logistics company.",
                        "Tampere",
                        null,
                        "Lab manager",
                        List.of("PROSPERITY"),
                        List.of("BUSINESS")),
                startupId.get());
    }

    private static OrganisationForm form(
            OrganisationKind kind,
            String name,
            String description,
            String city,
            String website,
            String contactRole,
            List<String> themes,
            List<String> streams) {
        var f = new OrganisationForm();
        f.setKind(kind);
        f.setName(name);
        f.setDescription(description);
        f.setLanguage("en");
        f.setCity(city);
        f.setWebsite(website);
        f.setContactRole(contactRole);
        f.setThemes(themes);
        f.setValueStreams(streams);
        return f;
    }
}
