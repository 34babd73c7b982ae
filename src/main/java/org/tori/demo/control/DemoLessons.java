package org.tori.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.tori.accounts.boundary.Accounts;
import org.tori.knowledge.boundary.LessonImport;
import org.tori.knowledge.boundary.Lessons;
import org.tori.knowledge.entity.Reader;

/**
 * Lessons from Smart Tampere's experiments and from other Finnish cities, in Finnish, English and
 * Swedish, loaded through the import (so the file doubles as an example of the format) on the first
 * start with demo content. A few practices are marked adopted by the demo partner city.
 */
@ApplicationScoped
public class DemoLessons {

    private static final Logger LOG = Logger.getLogger(DemoLessons.class.getName());
    static final String FILE = "knowledge/demo-lessons.json";

    @Inject
    LessonImport importer;

    @Inject
    Lessons lessons;

    @Inject
    Accounts accounts;

    /** Creates this part of the demo content unless it is there already. */
    public void seed() {
        var staffId = accounts.idOf("staff@demo.tori.fi");
        if (staffId.isEmpty() || lessons.count() > 0) {
            return;
        }
        try (var in = DemoLessons.class.getClassLoader().getResourceAsStream(FILE)) {
            var report = importer.run(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    new Reader(staffId.get(), true, false, null));
            LOG.info(() -> "Demo lessons: " + report.created() + " created, " + report.errors() + " refused");
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Demo lessons not loaded: " + e);
            return;
        }
        accounts.idOf("city@demo.tori.fi").ifPresent(cityId -> {
            var city = new Reader(cityId, false, true, "Tampere");
            for (var practice : List.of("demo-events-app", "demo-iot-guide", "demo-snow-ploughs")) {
                lessons.idOf(practice)
                        .ifPresent(id ->
                                lessons.adopt(id, LocalDate.now().minusMonths(3), "Taken into use in Tampere.", city));
            }
        });
    }
}
