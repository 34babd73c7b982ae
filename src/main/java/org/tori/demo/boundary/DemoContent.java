package org.tori.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.demo.control.DemoAccounts;
import org.tori.demo.control.DemoCityToCity;
import org.tori.demo.control.DemoConsultations;
import org.tori.demo.control.DemoEcosystem;
import org.tori.demo.control.DemoJudging;
import org.tori.demo.control.DemoLessons;
import org.tori.demo.control.DemoLivingLabs;
import org.tori.demo.control.DemoMaturity;
import org.tori.demo.control.DemoNewsEvents;
import org.tori.demo.control.DemoOrganisationTexts;
import org.tori.demo.control.DemoPilotLinks;
import org.tori.demo.control.DemoPilots;
import org.tori.demo.control.DemoProgress;
import org.tori.demo.control.DemoRoadmap;
import org.tori.demo.control.DemoRoadmapRisks;
import org.tori.demo.control.DemoSpaces;
import org.tori.demo.control.DemoStories;
import org.tori.demo.control.DemoValueStreams;
import org.tori.platform.startup.FirstRequest;

/**
 * Seeds the demo content at start-up, in one order, when {@code tori.demo.enabled} is on (off by
 * default; {@code bin/tori run} and the integration tests turn it on). Each part creates what is
 * missing only, so a restart adds nothing twice; each use case runs in its own transaction.
 * With {@code tori.demo.background} ({@code bin/tori run}) the seeding runs after the deployment
 * instead of inside it, once the portal has served its first request (or {@link FirstRequest#AT_MOST}
 * has passed), so the first page does not wait for it nor share the cores with it; the readiness
 * check "demo" stays DOWN until it is complete.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "tori.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "tori.demo.background", defaultValue = "false")
    boolean background;

    @Resource
    ManagedExecutorService executor;

    @Inject
    DemoProgress progress;

    @Inject
    FirstRequest firstRequest;

    @Inject
    DemoAccounts accounts;

    @Inject
    DemoSpaces spaces;

    @Inject
    DemoJudging judging;

    @Inject
    DemoLivingLabs livingLabs;

    @Inject
    DemoLessons lessons;

    @Inject
    DemoStories stories;

    @Inject
    DemoCityToCity cityToCity;

    @Inject
    DemoConsultations consultations;

    @Inject
    DemoRoadmap roadmap;

    @Inject
    DemoValueStreams valueStreams;

    @Inject
    DemoPilots pilots;

    @Inject
    DemoNewsEvents newsEvents;

    @Inject
    DemoMaturity maturity;

    @Inject
    DemoEcosystem ecosystem;

    @Inject
    DemoRoadmapRisks roadmapRisks;

    @Inject
    DemoOrganisationTexts organisationTexts;

    @Inject
    DemoPilotLinks pilotLinks;

    @PostConstruct
    void start() {
        if (!enabled) {
            progress.complete();
        } else if (background) {
            executor.execute(this::seedInBackground);
        } else {
            seed();
            progress.complete();
        }
    }

    private void seedInBackground() {
        try {
            firstRequest.await();
            seed();
            progress.complete();
            LOG.info("Demo content complete");
        } catch (RuntimeException e) {
            progress.failed(e);
            LOG.log(Level.SEVERE, "Demo content could not be created", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void seed() {
        // later parts find what earlier ones made: the accounts first, the judged spaces before
        // the stories told of them, the lessons before the practices that cite them
        accounts.seed();
        spaces.seed();
        judging.seed();
        livingLabs.seed();
        lessons.seed();
        stories.seed();
        cityToCity.seed();
        consultations.seed();
        roadmap.seed();
        valueStreams.seed();
        pilots.seed();
        newsEvents.seed();
        maturity.seed();
        ecosystem.seed();
        roadmapRisks.seed();
        organisationTexts.seed();
        pilotLinks.seed();
    }
}
