package org.tori.judging.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.accounts.boundary.Accounts;
import org.tori.judging.entity.ImpactValue;
import org.tori.spaces.boundary.Entries;
import org.tori.spaces.boundary.EntryForm;
import org.tori.spaces.boundary.SpaceFilter;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.SpaceKind;

/** Gives the demo parcel-terminal contest its criteria, two entries and a juror's first scores. */
@Startup
@Singleton
@DependsOn("DemoSpaces")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
    @ConfigProperty(name = "tori.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        if (!enabled || staffId.isEmpty()) {
            return;
        }
        var filter = new SpaceFilter(SpaceKind.CONTEST, Phase.OPEN, null, null, null, null);
        var contest = spaces.list(filter, 0, 20, null).items().stream()
                .filter(s -> s.title().startsWith("Smart parcel terminals")).findFirst();
        if (contest.isEmpty()) {
            return;
        }
        long space = contest.get().id();
        var staff = new Spaces.Actor(staffId.get(), true, false);
        judging.defineCriteria(space, List.of(new CriterionForm("Ease for residents", 3, ImpactValue.SOCIAL),
                new CriterionForm("Fewer delivery kilometres", 2, ImpactValue.ENVIRONMENTAL),
                new CriterionForm("Viable business", 2, ImpactValue.ECONOMIC)), staff);
        long locker = submit(space, "startup@demo.tori.fi", "Block locker with cold storage",
                "Parcels wait at many doors; groceries spoil.", "One shared terminal per block, with a cooled compartment.",
                "Housing companies pay a monthly fee; couriers pay per delivery.");
        long robot = submit(space, "citizen@demo.tori.fi", "Stairway delivery robot",
                "Elderly residents cannot carry parcels upstairs.", "A small robot carries parcels from the terminal to the door.",
                "Leased to housing companies with the terminal.");
        var juror = accounts.idOf("city@demo.tori.fi").orElseThrow();
        judging.appointJuror(space, juror, staff);
        spaces.move(space, Phase.SCREENING, null, staff);
        spaces.move(space, Phase.JUDGING, null, staff);
        var criteria = judging.criteria(space);
        judging.score(locker, Map.of(criteria.get(0).id(), 8, criteria.get(1).id(), 7, criteria.get(2).id(), 8), juror);
        judging.score(robot, Map.of(criteria.get(0).id(), 9, criteria.get(1).id(), 4, criteria.get(2).id(), 5), juror);
        LOG.info("Demo judging created");
    }

    private long submit(long space, String email, String title, String problem, String solution, String business) {
        var form = new EntryForm();
        form.setTitle(title);
        form.setProblem(problem);
        form.setSolution(solution);
        form.setBusinessModel(business);
        for (var question : entries.questions(space)) {
            form.getAnswers().put(String.valueOf(question.criterionId()), solution + " (" + question.text() + ")");
        }
        return entries.submit(space, form, accounts.idOf(email).orElseThrow());
    }
}
