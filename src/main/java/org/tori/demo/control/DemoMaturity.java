package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.tori.accounts.boundary.Accounts;
import org.tori.knowledge.boundary.Lessons;
import org.tori.knowledge.entity.Reader;
import org.tori.maturity.boundary.AnswerForm;
import org.tori.maturity.boundary.Maturity;
import org.tori.maturity.entity.ActionStatus;
import org.tori.maturity.entity.Sharing;
import org.tori.platform.time.ProgramTime;

/**
 * The maturity model's recommended practices (demo lessons) and the self-assessments of four cities:
 * Tampere with a history of two years shared with the partner cities, Espoo shared with everyone,
 * Oulu and Helsinki kept private — so the comparison shows too few sharing cities for an aggregate.
 */
@ApplicationScoped
public class DemoMaturity {

    private static final Logger LOG = Logger.getLogger(DemoMaturity.class.getName());

    @Inject
    Maturity maturity;

    @Inject
    Lessons lessons;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Idempotent: does nothing once any assessment exists. */
    public void seed() {
        if (maturity.count() > 0) {
            return;
        }
        try {
            recommend("STRATEGY", 2, "demo-city-to-city");
            recommend("DATA", 2, "demo-tram-data", "demo-iot-guide");
            recommend("TECHNOLOGY", 2, "demo-procurement-pilot");
            recommend("GOVERNANCE", 3, "demo-procurement-pilot");
            recommend("ENGAGEMENT", 2, "demo-citizen-budget", "demo-business-dialogue");
            var today = ProgramTime.today(clock);
            var tampere = accounts.idOf("city@demo.tori.fi").orElse(null);
            var espoo = accounts.idOf("espoo@demo.tori.fi").orElse(null);
            if (tampere == null || espoo == null) {
                return;
            }
            var tampereCity = new Reader(tampere, false, true, "Tampere");
            long earlier = maturity.assess(tampereCity, today.minusYears(1), forms(today, 2, 2, 2, 3, 3), 255_000);
            maturity.share(earlier, Sharing.PARTNERS, tampereCity);
            long now = maturity.assess(tampereCity, today, forms(today, 3, 3, 2, 3, 4), 255_000);
            maturity.share(now, Sharing.PARTNERS, tampereCity);
            var espooCity = new Reader(espoo, false, true, "Espoo");
            maturity.share(
                    maturity.assess(espooCity, today, forms(today, 3, 4, 3, 3, 3), 320_000), Sharing.PUBLIC, espooCity);
            // cities without a demo account: recorded by the demo partner, kept private
            maturity.assess(new Reader(tampere, false, true, "Oulu"), today, forms(today, 2, 3, 4, 2, 2), 215_000);
            maturity.assess(new Reader(espoo, false, true, "Helsinki"), today, forms(today, 4, 4, 3, 4, 3), 675_000);
            LOG.info("Demo maturity assessments created");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Demo maturity assessments not made: " + e);
        }
    }

    private void recommend(String dimension, int level, String... externalIds) {
        var ids = new ArrayList<Long>();
        for (var external : externalIds) {
            lessons.idOf(external).ifPresent(ids::add);
        }
        maturity.recommend(dimension, level, ids, Lessons.SYSTEM);
    }

    /** Levels in the model's order: strategy, data, technology, governance, engagement; each aims one higher. */
    private List<AnswerForm> forms(LocalDate today, int... levels) {
        var dimensions = maturity.dimensions();
        var forms = new ArrayList<AnswerForm>();
        for (int i = 0; i < dimensions.size() && i < levels.length; i++) {
            var form = new AnswerForm(
                    dimensions.get(i).getCode(), dimensions.get(i).getCode());
            form.setCurrent(levels[i]);
            form.setTarget(Math.min(5, levels[i] + 1));
            form.setTargetYear(levels[i] < 5 ? today.getYear() + 2 : null);
            form.setEvidence("Demo evidence for level " + levels[i] + ".");
            if (levels[i] < 5) {
                form.setActionTitle("Plan the step to level " + (levels[i] + 1));
                form.setActionOwner("Smart city team");
                form.setActionDue(today.plusMonths(6));
                form.setActionStatus(ActionStatus.PLANNED);
            }
            forms.add(form);
        }
        return forms;
    }
}
