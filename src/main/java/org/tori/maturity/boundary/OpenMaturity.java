package org.tori.maturity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tori.knowledge.entity.Reader;
import org.tori.maturity.entity.Assessment;
import org.tori.maturity.entity.Sharing;

/** The maturity model and every assessment its city shared with the public, as open data records. */
@ApplicationScoped
@Transactional
public class OpenMaturity {

    @Inject
    Maturity maturity;

    public record Model(int version, List<Dimension> dimensions) {}

    public record Dimension(String code, String nameFi, String nameEn, String nameSv, List<Level> levels) {}

    public record Level(
            int level,
            String descriptionFi,
            String descriptionEn,
            String descriptionSv,
            String evidenceEn,
            List<Long> practices) {}

    public record OpenAssessment(
            long id, String city, LocalDate assessedOn, int modelVersion, List<OpenAnswer> answers) {}

    public record OpenAnswer(
            String dimension, int currentLevel, int targetLevel, Integer targetYear, String evidence) {}

    public record All(Model model, List<OpenAssessment> assessments) {}

    public All all() {
        return new All(model(), assessments());
    }

    public Model model() {
        var fi = Locale.forLanguageTag("fi");
        var sv = Locale.forLanguageTag("sv");
        var en = Locale.ENGLISH;
        return new Model(
                maturity.modelVersion(),
                maturity.dimensions().stream()
                        .map(d -> new Dimension(
                                d.getCode(),
                                d.name(fi),
                                d.name(en),
                                d.name(sv),
                                d.getLevels().stream()
                                        .map(l -> new Level(
                                                l.getLevel(),
                                                l.description(fi),
                                                l.description(en),
                                                l.description(sv),
                                                l.evidence(en),
                                                maturity.readablePractices(l.practiceIds(), Reader.ANONYMOUS)))
                                        .toList()))
                        .toList());
    }

    /** Only assessments shared with everyone; every one of them, so a city's history is there too. */
    public List<OpenAssessment> assessments() {
        return maturity.shared(Sharing.PUBLIC).stream().map(OpenMaturity::open).toList();
    }

    private static OpenAssessment open(Assessment a) {
        return new OpenAssessment(
                a.getId(),
                a.getCity(),
                a.getAssessedOn(),
                a.getModelVersion(),
                a.getAnswers().stream()
                        .map(x -> new OpenAnswer(
                                x.getDimension(),
                                x.getCurrentLevel(),
                                x.getTargetLevel(),
                                x.getTargetYear(),
                                x.getEvidence()))
                        .toList());
    }
}
