package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Registration;
import org.tori.accounts.entity.Role;

/**
 * One account per role so that a newcomer can look at Tori from every side. Each is created at the
 * first start of a portal with demo content enabled that lacks it (a later release may add one); the password comes from TORI_DEMO_PASSWORD, which
 * bin/tori run generates once and prints.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    record Demo(
            String email,
            String name,
            Role role,
            String organisation,
            String city,
            String bio,
            List<String> skills,
            List<String> interests) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo(
                    "citizen@demo.tori.fi",
                    "Aino Virtanen",
                    Role.CITIZEN,
                    null,
                    null,
                    "Pre-school teacher in Hervanta who tried talking robots with the children.",
                    List.of("early education", "user testing"),
                    List.of("talking robots", "events app")),
            new Demo(
                    "startup@demo.tori.fi",
                    "Parcelbox Oy",
                    Role.COMPANY,
                    "Parcelbox Oy",
                    null,
                    "Startup building smart parcel terminals for apartment buildings.",
                    List.of("iot", "logistics"),
                    List.of("parcel terminals", "fast experiments")),
            new Demo(
                    "city@demo.tori.fi",
                    "Tampere city partner",
                    Role.CITY_PARTNER,
                    null,
                    "Tampere",
                    "Runs the city's fast experiments with health and social services.",
                    List.of("procurement", "home care"),
                    List.of("home remote care", "employment chatbot")),
            new Demo(
                    "espoo@demo.tori.fi",
                    "Espoo city partner",
                    Role.CITY_PARTNER,
                    null,
                    "Espoo",
                    "Shares Espoo's smart city experiments with the other large cities.",
                    List.of("city-to-city", "open data"),
                    List.of("six cities", "indoor air")),
            new Demo("staff@demo.tori.fi", "Program staff", Role.STAFF, null, null, null, List.of(), List.of()),
            new Demo("admin@demo.tori.fi", "Tori admin", Role.ADMIN, null, null, null, List.of(), List.of()));

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "tori.demo.password")
    Optional<String> password;

    /** Creates this part of the demo content unless it is there already. */
    public void seed() {
        var missing =
                ACCOUNTS.stream().filter(demo -> !accounts.exists(demo.email())).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (password.map(String::length).orElse(0) < 10) {
            LOG.warning(
                    "Demo content is on but tori.demo.password (TORI_DEMO_PASSWORD) has fewer than 10 characters: no demo accounts created");
            return;
        }
        for (var demo : missing) {
            var form = new Registration();
            form.setEmail(demo.email());
            form.setName(demo.name());
            form.setPassword(password.get());
            form.setOrganisation(demo.organisation());
            form.setCity(demo.city());
            form.setLanguage("en");
            var created = accounts.createVerified(form, demo.role());
            var profile = accounts.profileForm(created.id());
            profile.setBio(demo.bio());
            profile.setSkills(demo.skills());
            profile.setInterests(demo.interests());
            profile.setSearchable(demo.role().selfService());
            accounts.updateProfile(created.id(), profile);
        }
        LOG.info(() ->
                "Demo accounts created: " + missing.stream().map(Demo::email).toList());
    }
}
