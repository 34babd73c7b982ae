package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.tori.knowledge.boundary.Lessons;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.time.ProgramTime;
import org.tori.roadmap.boundary.ItemForm;
import org.tori.roadmap.boundary.MilestoneForm;
import org.tori.roadmap.boundary.Roadmap;
import org.tori.roadmap.boundary.RoadmapStaff;
import org.tori.roadmap.entity.Decision;

/**
 * The programme's roadmap for the current year on the first start with demo content: a goal per
 * value stream, projects under them (one from a demo lesson), milestones, a spring portfolio review
 * and one stopped project, and one staff-only item that the public never sees.
 */
@ApplicationScoped
public class DemoRoadmap {

    private static final Logger LOG = Logger.getLogger(DemoRoadmap.class.getName());

    @Inject
    Roadmap roadmap;

    @Inject
    RoadmapStaff staff;

    @Inject
    Lessons lessons;

    @Inject
    Clock clock;
    /** Idempotent: does nothing once the roadmap has any item. */
    public void seed() {
        if (roadmap.count() > 0) {
            return;
        }
        try {
            int year = ProgramTime.today(clock).getYear();
            var by = Lessons.SYSTEM;
            long green = staff.create(
                    item(
                            "Greener urban environment " + year,
                            "Cut the city's emissions where people live and move.",
                            null,
                            "STARTED",
                            null,
                            List.of("URBAN_ENVIRONMENT", "SUSTAINABILITY"),
                            List.of("PLANET"),
                            year,
                            1,
                            12,
                            null,
                            null),
                    by);
            long bins = staff.create(
                    item(
                            "Smart waste bins in Hervanta",
                            "Fill-level sensors tell the collection trucks where to go.",
                            green,
                            "PILOTING",
                            new BigDecimal("2"),
                            List.of("URBAN_ENVIRONMENT"),
                            List.of("PLANET"),
                            year,
                            2,
                            10,
                            new BigDecimal("180000"),
                            "lesson " + lessons.idOf("demo-iot-guide").orElse(1L)),
                    by);
            staff.create(
                    item(
                            "Snow-plough route data",
                            "Plough routes published as open data for residents and apps.",
                            green,
                            "COMPLETED",
                            null,
                            List.of("URBAN_ENVIRONMENT"),
                            List.of("PLANET", "PEOPLE"),
                            year,
                            1,
                            12,
                            new BigDecimal("40000"),
                            null),
                    by);
            long kiosks = staff.create(
                    item(
                            "Street-light information kiosks",
                            "Screens on lamp posts with timetables and city news.",
                            green,
                            "PILOTING",
                            null,
                            List.of("URBAN_ENVIRONMENT"),
                            List.of("PEOPLE"),
                            year,
                            1,
                            9,
                            new BigDecimal("90000"),
                            null),
                    by);
            long families = staff.create(
                    item(
                            "Everyday life for families " + year,
                            "Services that save families time.",
                            null,
                            "STARTED",
                            null,
                            List.of("FAMILY_WITH_CHILDREN"),
                            List.of("PEOPLE"),
                            year,
                            1,
                            12,
                            null,
                            null),
                    by);
            staff.create(
                    item(
                            "Day-care place finder",
                            "One map of free day-care places, updated daily.",
                            families,
                            "STARTED",
                            null,
                            List.of("FAMILY_WITH_CHILDREN"),
                            List.of("PEOPLE"),
                            year,
                            3,
                            12,
                            new BigDecimal("120000"),
                            null),
                    by);
            long business = staff.create(
                    item(
                            "Growth for local companies " + year,
                            "Companies test their products with the city.",
                            null,
                            "PLANNED",
                            null,
                            List.of("BUSINESS"),
                            List.of("PROSPERITY"),
                            year,
                            4,
                            12,
                            null,
                            null),
                    by);
            staff.create(
                    item(
                            "Open city data for start-ups",
                            "An open data desk and a monthly data clinic.",
                            business,
                            "PLANNED",
                            null,
                            List.of("BUSINESS"),
                            List.of("PROSPERITY"),
                            year,
                            6,
                            12,
                            null,
                            null),
                    by);
            var secret = item(
                    "Partner budget negotiations",
                    "Staff notes on next year's budget talks.",
                    business,
                    "STARTED",
                    null,
                    List.of("BUSINESS"),
                    List.of("GOVERNANCE"),
                    year,
                    1,
                    12,
                    null,
                    null);
            secret.setVisibility(Visibility.STAFF);
            staff.create(secret, by);

            long sensors = staff.addMilestone(
                    bins,
                    milestone(
                            "Sensors in 200 bins",
                            "The first 200 bins report their fill level.",
                            LocalDate.of(year, 4, 30),
                            true,
                            60),
                    by);
            staff.publishMilestone(sensors, by);
            staff.addMilestone(
                    bins,
                    milestone(
                            "Routes planned from sensor data",
                            "Trucks follow the data in all of Hervanta.",
                            LocalDate.of(year, 10, 31),
                            false,
                            null),
                    by);
            var review = "Spring portfolio review " + year;
            var held = LocalDate.of(year, 5, 15);
            staff.decide(held, review, bins, Decision.SCALE_UP, "Fewer truck kilometres already; add Kaleva next.", by);
            staff.decide(
                    held,
                    review,
                    kiosks,
                    Decision.STOP,
                    "Few people used the screens; phones already show the same.",
                    by);
            LOG.info("Demo roadmap loaded");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Demo roadmap not loaded: " + e);
        }
    }

    private static ItemForm item(
            String title,
            String summary,
            Long parent,
            String status,
            BigDecimal weight,
            List<String> streams,
            List<String> themes,
            int year,
            int fromMonth,
            int toMonth,
            BigDecimal budget,
            String origins) {
        var f = new ItemForm();
        f.setTitle(title);
        f.setSummary(summary);
        f.setParentId(parent);
        f.setStatus(status);
        f.setWeight(weight);
        f.setValueStreams(streams);
        f.setThemes(themes);
        f.setCity("Tampere");
        f.setOwner("Smart Tampere");
        f.setStartsOn(LocalDate.of(year, fromMonth, 1));
        f.setPlannedEnd(LocalDate.of(year, toMonth, 1).plusMonths(1).minusDays(1));
        f.setBudgetEur(budget);
        f.setOrigins(origins);
        return f;
    }

    private static MilestoneForm milestone(String title, String body, LocalDate on, boolean reached, Integer progress) {
        var m = new MilestoneForm();
        m.setTitle(title);
        m.setBody(body);
        m.setDueOn(on);
        m.setReached(reached);
        m.setProgress(progress);
        return m;
    }
}
